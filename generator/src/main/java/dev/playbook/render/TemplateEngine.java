package dev.playbook.render;

import dev.playbook.diag.Problem;
import dev.playbook.diag.SourcePosition;
import dev.playbook.safety.ContentSecurityPolicy;
import dev.playbook.theme.Theme;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleScalar;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * FreeMarker over the theme's {@code templates/} folder, configured once and shared by all threads.
 * {@code .ftlh} templates escape everything they insert as HTML unless a template says otherwise.
 */
public final class TemplateEngine {

    private final Theme theme;
    private final Configuration configuration;

    public TemplateEngine(Theme theme) {
        this.theme = theme;
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(new ThemeLoader(theme));
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setLocale(Locale.ROOT);
        config.setNumberFormat("computer");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        // Templates are data: they may not create Java objects (?new) or reach the API behind a value (?api).
        config.setAPIBuiltinEnabled(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setLocalizedLookup(false);
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        config.setObjectWrapper(new ViewWrapper(Configuration.VERSION_2_3_34));
        // Every page sends the site's policy unless its model names another (a data-model variable wins).
        config.setSharedVariable(ContentSecurityPolicy.VARIABLE, new SimpleScalar(ContentSecurityPolicy.SITE.value()));
        config.setSharedVariable(ContentSecurityPolicy.DIAGRAM_VARIABLE, new SimpleScalar(ContentSecurityPolicy.DIAGRAMS.value()));
        this.configuration = config;
    }

    /** Template names the theme offers, e.g. {@code page}, {@code home} (without {@code .ftlh}). */
    public List<String> layouts() {
        return layoutsOf(theme);
    }

    /** The layouts a theme offers pages: its templates that are not partials ({@code _layout}). */
    public static List<String> layoutsOf(Theme theme) {
        return theme.paths("templates/").stream()
                .filter(p -> p.endsWith(".ftlh"))
                .map(p -> p.substring("templates/".length(), p.length() - ".ftlh".length()))
                .filter(p -> !p.contains("/") && !p.startsWith("_"))
                .toList();
    }

    public boolean has(String layout) {
        return theme.file("templates/" + layout + ".ftlh").isPresent();
    }

    /** Renders a template; a template error becomes a problem at the template's line and column. */
    public String render(String layout, Map<String, Object> model) throws TemplateFailure {
        String name = layout + ".ftlh";
        try {
            Template template = configuration.getTemplate(name);
            StringWriter out = new StringWriter(32 * 1024);
            template.process(model, out);
            return out.toString();
        } catch (TemplateNotFoundException e) {
            throw new TemplateFailure(Problem.error(SourcePosition.of(display("templates/" + name)),
                    "template not found; the theme has: " + String.join(", ", layouts())));
        } catch (ParseException e) {
            throw new TemplateFailure(Problem.error(new SourcePosition(display(templatePath(e.getTemplateName(), name)),
                    Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0)), "template syntax: " + e.getEditorMessage()));
        } catch (TemplateException e) {
            String template = templatePath(e.getTemplateSourceName(), name);
            Integer line = e.getLineNumber();
            Integer column = e.getColumnNumber();
            throw new TemplateFailure(Problem.error(new SourcePosition(display(template),
                    line == null ? 0 : line, column == null ? 0 : column), "template error: " + e.getMessageWithoutStackTop().strip()));
        } catch (IOException e) {
            throw new TemplateFailure(Problem.error(SourcePosition.of(display("templates/" + name)), "cannot read template: " + e.getMessage()));
        }
    }

    private static String templatePath(String sourceName, String fallback) {
        return "templates/" + Optional.ofNullable(sourceName).orElse(fallback);
    }

    /** Where a theme file is, as editors should see it. */
    private String display(String themePath) {
        return theme.file(themePath).map(TemplateEngine::shown).orElse("themes/" + theme.name() + "/" + themePath);
    }

    private static String shown(Path file) {
        if (!"file".equals(file.getFileSystem().provider().getScheme())) {
            return "(built-in theme)" + file;
        }
        Path here = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(here) ? here.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
    }

    /** A template that failed, with the problem that says where. */
    public static final class TemplateFailure extends Exception {
        private final transient Problem problem;

        TemplateFailure(Problem problem) {
            super(problem.format());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** Loads templates through the theme's overlay. */
    private static final class ThemeLoader implements TemplateLoader {
        private final Theme theme;

        ThemeLoader(Theme theme) {
            this.theme = theme;
        }

        @Override
        public Object findTemplateSource(String name) {
            return theme.file("templates/" + name).orElse(null);
        }

        @Override
        public long getLastModified(Object source) {
            return -1;
        }

        @Override
        public Reader getReader(Object source, String encoding) throws IOException {
            return new InputStreamReader(Files.newInputStream((Path) source), StandardCharsets.UTF_8);
        }

        @Override
        public void closeTemplateSource(Object source) {
            // Readers are closed by FreeMarker; nothing else is held open.
        }
    }
}
