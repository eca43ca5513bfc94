package dev.playbook.browser;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a browser test class only where Chromium and chromedriver are installed:
 * {@code @ExtendWith(ChromiumInstalled.class)}. Elsewhere its tests are skipped, each counted and
 * the reason printed; on CI ({@code CI=true}) the class fails instead, so a machine without the
 * browser can never pass for green.
 */
public final class ChromiumInstalled implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return Browser.unavailable()
                .map(reason -> {
                    if (Browser.onCi()) {
                        Assertions.fail(reason);
                    }
                    // Surefire keeps skip reasons in its XML only; say it where a developer looks.
                    System.err.println(context.getDisplayName() + " skipped: " + reason);
                    return ConditionEvaluationResult.disabled(reason);
                })
                .orElseGet(() -> ConditionEvaluationResult.enabled("Chromium and chromedriver are installed"));
    }
}
