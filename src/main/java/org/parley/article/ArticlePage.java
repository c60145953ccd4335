package org.parley.article;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A news page sent as HTML, read as a person reads it: the article's paragraphs, one per
 * line (scripts, navigation, share widgets, advertisements and the like dropped), and
 * what the page's metadata says of the article (Open Graph and {@code article:} tags,
 * {@code <time>}, the canonical link).
 */
record ArticlePage(String text, String title, String outlet, LocalDate publishedOn, String url, String language) {

	/** Elements that are never the article's text. */
	private static final String FURNITURE = String.join(", ", "script", "style", "noscript", "template", "iframe",
			"svg", "canvas", "form", "button", "nav", "header", "footer", "aside", "figure", "[role=navigation]",
			"[role=banner]", "[role=contentinfo]", "[role=complementary]", "[aria-hidden=true]", "[hidden]",
			"[class~=(?i)(^|[-_ ])(share|sharing|social|advert|advertisement|ad|ads|promo|newsletter|related|"
					+ "cookie|cookies|subscribe|breadcrumbs?|comments?|sidebar|tags?|rubrique|kicker|byline|chapo|"
					+ "standfirst|dek|meta|caption|credits?|trending|most-read|popular)([-_ ]|$)]",
			"[id~=(?i)(^|[-_ ])(share|social|advert|ad|ads|promo|newsletter|related|cookie|cookies|comments?)([-_ ]|$)]");

	/** Lines that are page furniture even inside the article. */
	private static final Pattern FURNITURE_LINE = Pattern
		.compile("(?i)^(advertisement|sponsored|follow us:?.*|share( this( article| story)?)?:?|read more:?.*|"
				+ "related:?.*|sign up.*|subscribe.*|click here.*|©.*|copyright.*|all rights reserved.*)$");

	/** Reads a page. */
	static ArticlePage read(String html) {
		Document page = Jsoup.parse(html);
		String title = firstNonBlank(meta(page, "og:title"), text(page.selectFirst("h1")), page.title());
		String outlet = firstNonBlank(meta(page, "og:site_name"));
		LocalDate publishedOn = date(firstNonBlank(meta(page, "article:published_time"),
				attr(page.selectFirst("time[datetime]"), "datetime")));
		String url = firstNonBlank(attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "og:url"));
		String language = firstNonBlank(attr(page.selectFirst("html[lang]"), "lang"));
		page.select(FURNITURE).remove();
		Element root = firstNonNull(page.selectFirst("[itemprop=articleBody]"),
				page.selectFirst("[class~=(?i)(^|[-_ ])(article|story|entry|post)[-_](body|content|text)([-_ ]|$)]"),
				page.selectFirst("article"), page.selectFirst("main, [role=main]"), page.selectFirst("#main, #content"),
				page.body());
		List<String> paragraphs = new ArrayList<>();
		if (root != null) {
			for (Element block : root.select("p, h2, h3, blockquote:not(:has(p)), li:not(:has(p))")) {
				String line = block.text().strip();
				if (!line.isEmpty() && !FURNITURE_LINE.matcher(line).matches()) {
					paragraphs.add(line);
				}
			}
		}
		return new ArticlePage(String.join("\n\n", paragraphs), blankToNull(title), outlet, publishedOn, httpUrl(url),
				languageTag(language));
	}

	private static String meta(Document page, String property) {
		Element meta = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
		return (meta != null) ? meta.attr("content") : null;
	}

	private static String text(Element element) {
		return (element != null) ? element.text() : null;
	}

	private static String attr(Element element, String name) {
		return (element != null) ? element.attr(name) : null;
	}

	/** The date part of an ISO date or date-time, or null if it is not one. */
	private static LocalDate date(String value) {
		if (value == null || value.length() < 10) {
			return null;
		}
		try {
			return LocalDate.parse(value.substring(0, 10));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String httpUrl(String url) {
		return (url != null && new HttpUrl.Validator().isValid(url.strip(), null)) ? url.strip() : null;
	}

	private static String languageTag(String lang) {
		if (lang == null || !lang.strip().matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
			return null;
		}
		return lang.strip().toLowerCase(Locale.ROOT);
	}

	private static String firstNonBlank(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value.strip();
			}
		}
		return null;
	}

	@SafeVarargs
	private static <T> T firstNonNull(T... values) {
		for (T value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
