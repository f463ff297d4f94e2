package org.protect.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.protect.support.IntegrationTest;

/**
 * Browser tests drive Debian's Chromium through Playwright against the running node, as a person
 * would, and run axe-core on every page they visit: a serious or critical accessibility violation
 * fails the test.
 */
abstract class BrowserTest extends IntegrationTest {

	static final Path CHROMIUM = Path.of(System.getProperty("protect.test.chromium", "/usr/bin/chromium"));

	private static Playwright playwright;

	private static Browser browser;

	private BrowserContext context;

	protected Page page;

	@BeforeAll
	static void launch() {
		assertThat(Files.isExecutable(CHROMIUM))
			.as("Chromium at %s (scripts/test installs Debian's chromium package)", CHROMIUM)
			.isTrue();
		playwright = Playwright.create();
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
						"--no-first-run", "--disable-background-networking", "--disable-component-update",
						"--disable-sync")));
	}

	@AfterAll
	static void shutDown() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openContext() {
		context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
		page = context.newPage();
		page.setDefaultTimeout(15_000);
	}

	@AfterEach
	void closeContext() {
		context.close();
	}

	/** Opens a page of the node and checks its accessibility. */
	protected void visit(String path) {
		page.navigate(baseUrl() + path);
		assertAccessible();
	}

	/** Runs axe-core on the page as it is now. */
	protected void assertAccessible() {
		page.waitForLoadState();
		AxeResults results = new AxeBuilder(page)
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
			.analyze();
		List<Rule> serious = results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.toList();
		assertThat(serious).as("accessibility violations on %s:%n%s", page.url(), describe(serious)).isEmpty();
		assertThat(results.getPasses()).as("axe-core ran on %s", page.url()).isNotEmpty();
	}

	protected void signIn(String username, String password) {
		visit("/login");
		page.getByLabel("User name").fill(username);
		page.getByLabel("Password").fill(password);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Sign in")).click();
		page.waitForLoadState();
	}

	/**
	 * On the two-step verification enrolment page a user whose role requires it is led to: reads the key off
	 * the page, as a person types it into an app, and confirms with the current code.
	 */
	protected void enrolTwoStepVerification() {
		String secret = page.locator("#mfa-secret").textContent().strip();
		page.locator("#code").fill(org.protect.support.TestTotp.now(secret));
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Turn on two-step verification")).click();
		page.waitForLoadState();
	}

	private static String describe(List<Rule> rules) {
		return rules.stream()
			.map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

}
