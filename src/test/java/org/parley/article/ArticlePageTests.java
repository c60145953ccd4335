package org.parley.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a news page as a person does: the article's paragraphs and nothing else, and
 * the page's metadata. The pages under {@code extraction/html/} come with the text and
 * metadata a reader would take from them.
 */
class ArticlePageTests {

	@TestFactory
	Stream<DynamicTest> eachPageGivesTheArticlesParagraphsAndMetadata() throws IOException {
		Resource[] pages = new PathMatchingResourcePatternResolver().getResources("classpath:extraction/html/*.html");
		assertThat(pages).isNotEmpty();
		return Arrays.stream(pages).map((page) -> DynamicTest.dynamicTest(page.getFilename(), () -> {
			String name = page.getFilename().replace(".html", "");
			ArticlePage read = ArticlePage.read(read(page));
			List<String> expected = lines(resource("extraction/html/" + name + ".expected.txt"));
			assertThat(lines(read.text())).containsExactlyElementsOf(expected);
			Map<String, String> meta = meta(resource("extraction/html/" + name + ".meta.tsv"));
			assertThat(read.title()).isEqualTo(meta.get("title"));
			assertThat(read.outlet()).isEqualTo(meta.get("outlet"));
			assertThat(read.publishedOn()).isEqualTo(LocalDate.parse(meta.get("publishedOn")));
			assertThat(read.url()).isEqualTo(meta.get("url"));
		}));
	}

	@Test
	void paragraphsAreSeparatedByABlankLineAndFurnitureIsDropped() {
		ArticlePage page = ArticlePage.read("""
				<html lang="en-GB"><head><title>Page title</title></head><body>
				<nav><p>Home | World | Politics</p></nav>
				<main><p>First  paragraph,
				 on two lines.</p><p>Advertisement</p><p>Follow Us: @news</p><p>Second paragraph.</p>
				<div class="social-share"><p>Share on X</p></div></main>
				<footer><p>© News Ltd</p></footer></body></html>""");
		assertThat(page.text()).isEqualTo("First paragraph, on two lines.\n\nSecond paragraph.");
		assertThat(page.title()).isEqualTo("Page title");
		assertThat(page.language()).isEqualTo("en-gb");
		assertThat(page.outlet()).isNull();
		assertThat(page.publishedOn()).isNull();
		assertThat(page.url()).isNull();
	}

	@Test
	void aPageWithoutArticleTextGivesAnEmptyTextAndMetadataThatIsNotAUrlIsLeftOut() {
		ArticlePage page = ArticlePage.read("""
				<html><head><meta property="og:url" content="javascript:alert(1)">
				<meta property="article:published_time" content="yesterday"></head>
				<body><script>document.write("“not a quote,” he said")</script><nav>Home</nav></body></html>""");
		assertThat(page.text()).isEmpty();
		assertThat(page.url()).isNull();
		assertThat(page.publishedOn()).isNull();
	}

	private static List<String> lines(String text) {
		return text.lines().map(String::strip).filter((l) -> !l.isEmpty()).toList();
	}

	private static Map<String, String> meta(String tsv) {
		Map<String, String> meta = new LinkedHashMap<>();
		tsv.lines().filter((l) -> l.contains("\t")).forEach((l) -> meta.put(l.split("\t", 2)[0], l.split("\t", 2)[1]));
		return meta;
	}

	private static String resource(String path) throws IOException {
		try (InputStream in = ArticlePageTests.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String read(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
