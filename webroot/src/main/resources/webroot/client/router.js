// Hash routes: '#/orders?status=FILLED' -> { page: 'orders', params: {status: 'FILLED'} }.

export function currentRoute() {
  const [path, search = ''] = location.hash.replace(/^#\/?/, '').split('?');
  return { page: path || 'dashboard', params: Object.fromEntries(new URLSearchParams(search)) };
}

export function onRouteChange(listener) {
  const fire = () => listener(currentRoute());
  window.addEventListener('hashchange', fire);
  return () => window.removeEventListener('hashchange', fire);
}

export function navigate(page) {
  location.hash = '#/' + page;
}
