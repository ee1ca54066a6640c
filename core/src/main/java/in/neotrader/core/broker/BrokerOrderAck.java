package in.neotrader.core.broker;

/** The broker accepted the request for processing; the order's fate shows in the order book. */
public record BrokerOrderAck(String brokerOrderId) {}
