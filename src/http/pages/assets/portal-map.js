// Progressive enhancement for the public portal: when JavaScript runs and OpenStreetMap tiles can be
// loaded, draws the sale points listed on the page (elements with data-lat/data-lon) on a Leaflet map.
// Without JavaScript or tiles nothing happens: the list is the content.
(() => {
  const box = document.getElementById('map');
  const points = Array.from(document.querySelectorAll('[data-lat][data-lon]'));
  if (!box || points.length === 0) return;
  const TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
  const ATTRIBUTION =
    '&copy; <a href="https://www.openstreetmap.org/copyright">Những người đóng góp OpenStreetMap / OpenStreetMap contributors</a>';

  function load(tag, attributes) {
    return new Promise((resolve, reject) => {
      const element = document.createElement(tag);
      Object.assign(element, attributes);
      element.onload = resolve;
      element.onerror = reject;
      document.head.appendChild(element);
    });
  }

  function nameOf(element) {
    return element.dataset.name || element.querySelector('strong')?.textContent || '';
  }

  function draw() {
    const L = window.L;
    box.hidden = false;
    const map = L.map(box, { scrollWheelZoom: false });
    L.tileLayer(TILES, { maxZoom: 19, attribution: ATTRIBUTION }).addTo(map);
    const bounds = [];
    for (const element of points) {
      const at = [Number(element.dataset.lat), Number(element.dataset.lon)];
      if (!Number.isFinite(at[0]) || !Number.isFinite(at[1])) continue;
      const name = nameOf(element);
      const popup = document.createElement('div');
      const link = element.querySelector('a');
      if (link) {
        const a = document.createElement('a');
        a.href = link.href;
        a.textContent = name;
        popup.appendChild(a);
      } else {
        popup.textContent = name;
      }
      L.marker(at, { title: name, alt: name, keyboard: true }).addTo(map).bindPopup(popup);
      bounds.push(at);
    }
    if (bounds.length === 1) map.setView(bounds[0], 15);
    else map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15 });
  }

  // Probe one tile first: offline or blocked, the page keeps its list and shows no empty map.
  const probe = new Image();
  probe.onload = () => {
    load('link', { rel: 'stylesheet', href: `${box.dataset.leaflet}/leaflet.css` })
      .then(() => load('script', { src: `${box.dataset.leaflet}/leaflet.js` }))
      .then(draw)
      .catch(() => {
        box.hidden = true;
      });
  };
  probe.src = TILES.replace('{z}', '5').replace('{x}', '25').replace('{y}', '14');
})();
