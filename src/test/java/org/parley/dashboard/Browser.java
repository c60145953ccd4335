package org.parley.dashboard;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium, headless, driven through the system chromedriver: nothing is
 * downloaded, and Chromium is kept off the network (no first-run, sync, component or
 * background requests). {@link #open(String)} loads a dashboard URL and waits until its
 * view has drawn; {@link #assertCleanly(String)} then checks the console and every
 * request of the page, and saves a screenshot under {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final ChromeDriver driver;

	private final String origin;

	private final Path profile;

	private Browser(String origin) throws IOException {
		this.origin = origin;
		this.profile = Files.createTempDirectory("parley-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + this.profile);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
	}

	/**
	 * A browser for the app at {@code origin}; fails, saying what to install, when
	 * Chromium or chromedriver is missing.
	 */
	static Browser start(String origin) throws IOException {
		for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
			assertThat(Files.isExecutable(binary))
				.as("%s is missing: the dashboard's browser tests need Debian's Chromium and its driver. "
						+ "Install them with: sudo apt-get install -y chromium chromium-driver", binary)
				.isTrue();
		}
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		return new Browser(origin);
	}

	/** Loads {@code path} (a dashboard URL) and waits until its view has drawn. */
	Browser open(String path) {
		this.driver.manage().window().setSize(new Dimension(1280, 1000));
		this.driver.get(this.origin + path);
		awaitView();
		return this;
	}

	/** Waits for the view the router is drawing (after a load or an in-page link). */
	void awaitView() {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(
				(d) -> Boolean.TRUE.equals(script("return document.getElementById('main').dataset.ready === 'true'")));
	}

	/** The first element matching {@code css}, waiting up to 5 s for it to appear. */
	WebElement await(String css) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(5))
			.until((d) -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
	}

	ChromeDriver driver() {
		return this.driver;
	}

	WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	List<WebElement> findAll(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	String currentPath() {
		URI uri = URI.create(this.driver.getCurrentUrl());
		return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
	}

	void width(int width) {
		this.driver.manage().window().setSize(new Dimension(width, 1000));
	}

	/** Every URL the page requested, the document first. */
	@SuppressWarnings("unchecked")
	List<String> requests() {
		return (List<String>) script(
				"return [location.href].concat(performance.getEntriesByType('resource')" + ".map((e) => e.name))");
	}

	/** How many requests the page sent to the API. */
	long apiRequests() {
		return requests().stream().filter((url) -> url.startsWith(this.origin + "/api/")).count();
	}

	/** Console messages at level SEVERE (errors) since the last call. */
	List<String> consoleErrors() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/**
	 * The view's reading rules: no console error, every request to the app itself, at
	 * most six to the API; then a screenshot of the whole page as {@code name}.png.
	 */
	void assertCleanly(String name) {
		assertThat(consoleErrors()).as("console errors").isEmpty();
		assertRequestsStayHome();
		screenshot(name);
	}

	void assertRequestsStayHome() {
		assertThat(requests()).as("every request goes to the app").allMatch((url) -> url.startsWith(this.origin + "/"));
		assertThat(apiRequests()).as("API requests of one view").isLessThanOrEqualTo(6);
	}

	/**
	 * Saves the whole page (the window stretched to its height) under target/screenshots.
	 */
	Path screenshot(String name) {
		Dimension size = this.driver.manage().window().getSize();
		long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
		this.driver.manage()
			.window()
			.setSize(new Dimension(size.getWidth(), (int) Math.min(Math.max(height, 600), 4000)));
		try {
			Files.createDirectories(SCREENSHOTS);
			Path target = SCREENSHOTS.resolve(name + ".png");
			File shot = this.driver.getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.driver.manage().window().setSize(size);
		}
	}

	@Override
	public void close() throws IOException {
		this.driver.quit();
		org.springframework.util.FileSystemUtils.deleteRecursively(this.profile);
	}

}
