package dev.lede.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/** A PNG of indexing time per article and query latency against corpus size, raw Lucene beside lede. */
final class Plot {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 380;

    private Plot() {}

    static void write(List<Bench.Result> results, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        panel(g, 0, "indexing time per article (µs)", results, r -> r.rawIndexSeconds() * 1e6 / r.articles(),
                r -> r.ledeIndexSeconds() * 1e6 / r.articles());
        panel(g, WIDTH / 2, "query latency p50 (ms)", results, r -> r.rawLatencyMs()[0], r -> r.ledeLatencyMs()[0]);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static void panel(Graphics2D g, int x0, String title, List<Bench.Result> results,
            ToDoubleFunction<Bench.Result> raw, ToDoubleFunction<Bench.Result> lede) {
        g.setStroke(new BasicStroke(1));
        int left = x0 + 70;
        int right = x0 + WIDTH / 2 - 20;
        int top = 50;
        int bottom = HEIGHT - 60;
        double max = 0;
        for (Bench.Result r : results) {
            max = Math.max(max, Math.max(raw.applyAsDouble(r), lede.applyAsDouble(r)));
        }
        max = max <= 0 ? 1 : max * 1.2;
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, left, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawLine(left, bottom, right, bottom);
        g.drawLine(left, top, left, bottom);
        for (int tick = 0; tick <= 4; tick++) {
            int y = bottom - (bottom - top) * tick / 4;
            g.drawString(Bench.format("%.1f", max * tick / 4), x0 + 10, y + 4);
        }
        double minLog = Math.log10(results.get(0).articles());
        double maxLog = Math.log10(results.get(results.size() - 1).articles());
        double span = Math.max(1e-9, maxLog - minLog);
        for (Bench.Result r : results) {
            int x = xOf(r, left, right, minLog, span, results.size());
            g.drawString(Bench.format("%,d", r.articles()), x - 20, bottom + 18);
        }
        g.drawString("articles (log scale)", (left + right) / 2 - 50, bottom + 40);
        series(g, results, raw, new Color(0x1f77b4), left, right, top, bottom, minLog, span, max, "raw Lucene", 0);
        series(g, results, lede, new Color(0xd62728), left, right, top, bottom, minLog, span, max, "lede", 1);
    }

    private static int xOf(Bench.Result r, int left, int right, double minLog, double span, int count) {
        if (count == 1) {
            return (left + right) / 2;
        }
        return left + 20 + (int) ((right - left - 40) * (Math.log10(r.articles()) - minLog) / span);
    }

    private static void series(Graphics2D g, List<Bench.Result> results, ToDoubleFunction<Bench.Result> value, Color color,
            int left, int right, int top, int bottom, double minLog, double span, double max, String label, int row) {
        g.setColor(color);
        g.setStroke(new BasicStroke(2));
        int px = -1;
        int py = -1;
        for (Bench.Result r : results) {
            int x = xOf(r, left, right, minLog, span, results.size());
            int y = bottom - (int) ((bottom - top) * value.applyAsDouble(r) / max);
            g.fillOval(x - 4, y - 4, 8, 8);
            if (px >= 0) {
                g.drawLine(px, py, x, y);
            }
            px = x;
            py = y;
        }
        g.drawString(label, right - 90, top + 15 * row);
    }
}
