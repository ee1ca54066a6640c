-- A broker order id names one order of one user: a second row with it would count the same
-- execution twice (positions, P&L). Orders without a broker id (never sent, legacy rows that lack
-- one) stay unconstrained. Rows that already repeat an id of the same user (written before this
-- constraint) are kept as they are, flagged in metadata, and left out of the constraint so this
-- migration never fails or alters them; every other row is held to one id per user.
UPDATE orders o
   SET metadata = o.metadata || '{"broker_order_id_conflict": true}'::jsonb
 WHERE o.broker_order_id IS NOT NULL
   AND EXISTS (SELECT 1 FROM orders e
                WHERE e.user_id = o.user_id AND e.broker_order_id = o.broker_order_id AND e.id < o.id);

CREATE UNIQUE INDEX orders_user_broker_order_id_key ON orders (user_id, broker_order_id)
    WHERE broker_order_id IS NOT NULL AND NOT (metadata ? 'broker_order_id_conflict');
