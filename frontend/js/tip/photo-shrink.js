// Photos shrunk on the phone before they travel (a phone's 4–8 MB photo becomes about 200–300 kB on a mobile
// connection): the service keeps the hash of what it receives, so what is sent is what is cited.
export const MAX_PHOTOS = 3;
export const MAX_EDGE = 1280;

/** The size within max × max keeping the proportions; never enlarged. */
export function fitWithin(width, height, max = MAX_EDGE) {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** A JPEG of the photo within MAX_EDGE (upright, without its metadata); the file itself when it cannot be read. */
export async function shrink(file) {
  try {
    const bitmap = await createImageBitmap(file);
    const { width, height } = fitWithin(bitmap.width, bitmap.height);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    canvas.getContext('2d').drawImage(bitmap, 0, 0, width, height);
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.8));
    return blob ? new File([blob], `${file.name.replace(/\.[^.]*$/, '')}.jpg`, { type: 'image/jpeg' }) : file;
  } catch {
    return file;
  }
}
