// The phone's position from the browser's geolocation: {lon, lat, accuracy, at} or null (refused, unavailable, slow).
export function currentPosition({ geolocation = globalThis.navigator?.geolocation, timeout = 10_000 } = {}) {
  return new Promise((resolve) => {
    if (!geolocation) {
      resolve(null);
      return;
    }
    geolocation.getCurrentPosition(
      ({ coords, timestamp }) => resolve({ lon: coords.longitude, lat: coords.latitude, accuracy: coords.accuracy,
        at: new Date(timestamp) }),
      () => resolve(null),
      { enableHighAccuracy: true, timeout, maximumAge: 30_000 });
  });
}
