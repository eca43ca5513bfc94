package dev.playbook.config;

import java.util.Locale;
import java.util.Optional;

/**
 * The accent colours a theme setting stands for: the colour as written for light pages, one for
 * dark pages (given, or the colour lightened until links read on the dark background), and the
 * stronger and background shades the theme derives from each. Contrast as WCAG 2 defines it.
 */
public final class AccentPalette {

    /** The default theme's page backgrounds ({@code --bg} in base.css). */
    public static final String LIGHT_BACKGROUND = "#ffffff";
    public static final String DARK_BACKGROUND = "#111418";

    private AccentPalette() {
    }

    /** {@code #rgb} or {@code #rrggbb} (any case, spaces around) as {@code #rrggbb}, lower case. */
    public static Optional<String> parse(String written) {
        String colour = written.strip().toLowerCase(Locale.ROOT);
        if (colour.matches("#[0-9a-f]{3}")) {
            colour = "#" + colour.charAt(1) + colour.charAt(1) + colour.charAt(2) + colour.charAt(2)
                    + colour.charAt(3) + colour.charAt(3);
        }
        return colour.matches("#[0-9a-f]{6}") ? Optional.of(colour) : Optional.empty();
    }

    /** The contrast ratio of two {@code #rrggbb} colours, 1 to 21. */
    public static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The accent for dark pages: {@code light} mixed with white, in steps of 5%, until it reads on the dark background. */
    public static String forDark(String light) {
        for (int percent = 0; percent <= 100; percent += 5) {
            String mixed = mix(light, "#ffffff", percent);
            if (contrast(mixed, DARK_BACKGROUND) >= 7.0) {
                return mixed;
            }
        }
        return "#ffffff";
    }

    /** {@code a} moved {@code percent}% of the way to {@code b}. */
    public static String mix(String a, String b, int percent) {
        int[] x = rgb(a);
        int[] y = rgb(b);
        StringBuilder out = new StringBuilder("#");
        for (int i = 0; i < 3; i++) {
            int channel = Math.round(x[i] + (y[i] - x[i]) * percent / 100f);
            out.append(String.format(Locale.ROOT, "%02x", channel));
        }
        return out.toString();
    }

    /** The stylesheet that sets the theme's accent variables, for light pages and both ways of asking for dark ones. */
    public static String css(String light, Optional<String> givenDark) {
        String dark = givenDark.orElseGet(() -> forDark(light));
        String lightVars = vars(light, mix(light, "#000000", 25), mix(light, LIGHT_BACKGROUND, 90), "  ");
        String darkVars = vars(dark, mix(dark, "#ffffff", 35), mix(dark, DARK_BACKGROUND, 82), "    ");
        return "/* The accent colour of this playbook (theme.accent in playbook.yml), written by Playbook. */\n"
                + ":root {\n" + lightVars + "}\n"
                + "@media screen and (prefers-color-scheme: dark) {\n  :root:not([data-theme=\"light\"]) {\n" + darkVars + "  }\n}\n"
                + "@media screen {\n  :root[data-theme=\"dark\"] {\n" + darkVars + "  }\n}\n";
    }

    private static String vars(String accent, String strong, String background, String indent) {
        return indent + "--accent: " + accent + ";\n" + indent + "--accent-strong: " + strong + ";\n"
                + indent + "--accent-bg: " + background + ";\n" + indent + "--focus: " + accent + ";\n";
    }

    private static double luminance(String colour) {
        int[] c = rgb(colour);
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = c[i] / 255.0;
            linear[i] = s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    private static int[] rgb(String colour) {
        int value = Integer.parseInt(colour.substring(1), 16);
        return new int[] {(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff};
    }
}
