/*
 * Test double of a vendor WLT decoder library (libwlt2bmp.so / libWltRS.so style), exporting the
 * same `int unpack(char *wlt, char *out, int flag)`. It "decodes" a trivial format defined for the
 * tests, so they can check pixel orientation, colour order and error handling through the real
 * FFI path. Built by the photo integration tests with: gcc -shared -fPIC -o libwltstub.so wlt-stub.c
 *
 * Input (1024 bytes): "STUB", then a mode byte, then an argument byte.
 *   'R'  write raw BGR, top-down, unpadded: 102 x 126 x 3 = 38556 bytes
 *   'B'  write a 24-bit bottom-up BMP: 54-byte header + 126 rows of 308 bytes = 38862 bytes
 *   'S'  write a 24-bit BMP of the wrong size (100 x 100)
 *   'D'  sleep 100 ms, then as 'R' (shows the call does not block the event loop)
 *   'E'  return the argument byte as a signed error code, writing nothing
 * The pixel at column x, row y (from the top) has R = 2x, G = 2y, B = the argument byte.
 * Anything else returns -4, the vendors' "bad WLT format".
 */
#include <string.h>
#include <unistd.h>

#define WIDTH 102
#define HEIGHT 126

static void put_u32(unsigned char *at, unsigned int value) {
  for (int i = 0; i < 4; i++) at[i] = (unsigned char)(value >> (8 * i));
}

static void write_pixel(unsigned char *at, int x, int y, unsigned char blue) {
  at[0] = blue;
  at[1] = (unsigned char)(2 * y);
  at[2] = (unsigned char)(2 * x);
}

static void write_raw(unsigned char *out, unsigned char blue) {
  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++) write_pixel(out + 3 * (y * WIDTH + x), x, y, blue);
}

static void write_bmp(unsigned char *out, int width, int height, unsigned char blue) {
  int stride = (width * 3 + 3) / 4 * 4;
  memset(out, 0, 54 + stride * height);
  out[0] = 'B';
  out[1] = 'M';
  put_u32(out + 2, 54 + stride * height);
  put_u32(out + 10, 54);
  put_u32(out + 14, 40);
  put_u32(out + 18, width);
  put_u32(out + 22, height);
  out[26] = 1;
  out[28] = 24;
  put_u32(out + 34, stride * height);
  /* Bottom-up: the first stored row is the bottom row of the picture. */
  for (int row = 0; row < height; row++)
    for (int x = 0; x < width; x++) write_pixel(out + 54 + row * stride + 3 * x, x, height - 1 - row, blue);
}

int unpack(char *wlt, char *out, int flag) {
  unsigned char *in = (unsigned char *)wlt;
  unsigned char *dst = (unsigned char *)out;
  (void)flag;
  if (memcmp(in, "STUB", 4) != 0) return -4;
  switch (in[4]) {
    case 'R': write_raw(dst, in[5]); return 1;
    case 'B': write_bmp(dst, WIDTH, HEIGHT, in[5]); return 1;
    case 'S': write_bmp(dst, 100, 100, in[5]); return 1;
    case 'D': usleep(100000); write_raw(dst, in[5]); return 1;
    case 'E': return (signed char)in[5];
    default: return -4;
  }
}
