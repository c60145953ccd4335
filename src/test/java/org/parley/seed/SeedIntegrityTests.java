package org.parley.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.Reply;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The seed is faithful: articles byte-identical, every span reproduces its text, every
 * position has evidence.
 */
@ApiTest
class SeedIntegrityTests {

	static final Path SHARED_SEEDS = Path.of("..", "shared", "seeds");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Api api;

	record StoredArticle(String slug, String sourceFile, String body, String sha256) {
	}

	List<StoredArticle> stored() {
		return this.jdbc.sql("select slug, source_file, body, sha256 from article where source_file is not null")
			.query(StoredArticle.class)
			.list();
	}

	@Test
	void everyBundledSeedFileIsStoredByteForByteWithItsSha256() throws Exception {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:seed/articles/*.txt");
		assertThat(files).hasSize(5);
		Map<String, StoredArticle> byFile = stored().stream()
			.collect(java.util.stream.Collectors.toMap(StoredArticle::sourceFile, (a) -> a));
		assertThat(byFile).hasSize(5);
		for (Resource file : files) {
			byte[] bytes;
			try (InputStream in = file.getInputStream()) {
				bytes = in.readAllBytes();
			}
			StoredArticle article = byFile.get(file.getFilename());
			assertThat(article).as(file.getFilename()).isNotNull();
			assertThat(article.body().getBytes(StandardCharsets.UTF_8)).as(file.getFilename()).isEqualTo(bytes);
			assertThat(article.sha256()).isEqualTo(sha256(bytes));
		}
	}

	@Test
	void bundledSeedFilesAreTheSharedOnes() throws IOException {
		assumeTrue(Files.isDirectory(SHARED_SEEDS), "../shared/seeds is not beside the project");
		try (var shared = Files.list(SHARED_SEEDS)) {
			List<Path> files = shared.filter((p) -> p.toString().endsWith(".txt")).sorted().toList();
			assertThat(files).hasSize(5);
			for (Path file : files) {
				byte[] bundled = new ClassPathResource("seed/articles/" + file.getFileName()).getContentAsByteArray();
				assertThat(bundled).as(file.getFileName().toString()).isEqualTo(Files.readAllBytes(file));
			}
		}
	}

	@Test
	void apiServesTheBodyExactlyAsStored() {
		for (StoredArticle article : stored()) {
			Reply served = this.api.get("/api/v1/articles/{slug}", article.slug()).assertStatus(200);
			assertThat(served.string("body")).isEqualTo(article.body());
			assertThat(served.string("sha256")).isEqualTo(article.sha256());
		}
	}

	record Span(long id, String text, int start, int end, String body) {
	}

	@Test
	void everyStatementsOffsetsReproduceItsText() {
		List<Span> spans = this.jdbc.sql("""
				select s.id, s.text, s.start_offset as start, s.end_offset as "end", a.body
				from statement s join article a on a.id = s.article_id""").query(Span.class).list();
		assertThat(spans).hasSizeGreaterThan(30);
		for (Span span : spans) {
			assertThat(span.body().substring(span.start(), span.end())).as("statement %d", span.id())
				.isEqualTo(span.text());
		}
	}

	@Test
	void moreThan25DirectQuotesEachWithASpeaker() {
		Integer quotes = this.jdbc
			.sql("select count(*) from statement where kind = 'DIRECT_QUOTE' and speaker_id is not null")
			.query(Integer.class)
			.single();
		assertThat(quotes).isGreaterThan(25);
	}

	@Test
	void everyPositionHasEvidence() {
		Integer positions = this.jdbc.sql("select count(*) from position").query(Integer.class).single();
		Integer withoutEvidence = this.jdbc.sql(
				"select count(*) from position p where not exists (select 1 from position_evidence e where e.position_id = p.id)")
			.query(Integer.class)
			.single();
		assertThat(positions).isGreaterThan(15);
		assertThat(withoutEvidence).isZero();
	}

	@Test
	void noSeedInventsAPublicationDateOrUrl() {
		Integer dated = this.jdbc.sql("select count(*) from article where published_on is not null or url is not null")
			.query(Integer.class)
			.single();
		assertThat(dated).isZero();
	}

	@Test
	void theRequiredIssuesExist() {
		List<String> codes = this.jdbc.sql("select code from issue").query(String.class).list();
		assertThat(codes).contains("ceasefire", "security-guarantees", "territory", "nato-membership",
				"troop-deployment", "prisoner-exchanges", "reconstruction");
	}

	static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
