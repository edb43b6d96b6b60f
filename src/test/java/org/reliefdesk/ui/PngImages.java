package org.reliefdesk.ui;

import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/** A minimal PNG encoder (8-bit RGBA, no filter) for JavaFX images, and a check that an image is not blank. */
final class PngImages {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngImages() {
    }

    static void write(Image image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        PixelReader px = image.getPixelReader();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] line = new byte[1 + w * 4];
            for (int y = 0; y < h; y++) {
                line[0] = 0;
                for (int x = 0; x < w; x++) {
                    int argb = px.getArgb(x, y);
                    int o = 1 + x * 4;
                    line[o] = (byte) (argb >> 16);
                    line[o + 1] = (byte) (argb >> 8);
                    line[o + 2] = (byte) argb;
                    line[o + 3] = (byte) (argb >>> 24);
                }
                z.write(line);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(header);
        d.writeInt(w);
        d.writeInt(h);
        d.writeByte(8);  // bit depth
        d.writeByte(6);  // colour type RGBA
        d.writeByte(0);  // deflate
        d.writeByte(0);  // adaptive filtering (all lines use filter 0)
        d.writeByte(0);  // no interlace
        chunk(out, "IHDR", header.toByteArray());
        chunk(out, "IDAT", raw.toByteArray());
        chunk(out, "IEND", new byte[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, out.toByteArray());
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    /** The variance of the pixels' luminance: near 0 for a blank (one-colour) image. */
    static double luminanceVariance(Image image) {
        PixelReader px = image.getPixelReader();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        double sum = 0;
        double sq = 0;
        long n = 0;
        for (int y = 0; y < h; y += 2) {
            for (int x = 0; x < w; x += 2) {
                int argb = px.getArgb(x, y);
                double l = 0.299 * ((argb >> 16) & 0xFF) + 0.587 * ((argb >> 8) & 0xFF) + 0.114 * (argb & 0xFF);
                sum += l;
                sq += l * l;
                n++;
            }
        }
        double mean = sum / n;
        return sq / n - mean * mean;
    }

    /** How many different colours the image has (capped): text and widgets give many, a blank pane one or two. */
    static int colours(Image image, int cap) {
        PixelReader px = image.getPixelReader();
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < (int) image.getHeight() && seen.size() < cap; y++) {
            for (int x = 0; x < (int) image.getWidth() && seen.size() < cap; x++) {
                seen.add(px.getArgb(x, y));
            }
        }
        return seen.size();
    }
}
