package org.parley.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Stores the seed articles byte-for-byte (read as UTF-8, never trimmed or normalised)
 * with the SHA-256 of their bytes. A Spring bean, so Boot hands it to Flyway; the class
 * name gives the version (2).
 */
@Component
class V2__Seed_articles extends BaseJavaMigration {

	static final String LOCATION = "seed/articles/";

	@Override
	public void migrate(Context context) throws SQLException {
		String sql = """
				insert into article (slug, title, outlet, url, published_on, language, body, sha256, source_file, notes)
				values (?, ?, ?, null, null, 'en', ?, ?, ?, ?)
				""";
		try (PreparedStatement insert = context.getConnection().prepareStatement(sql)) {
			for (SeedArticles.Seed seed : SeedArticles.ALL) {
				byte[] bytes = read(seed.file());
				insert.setString(1, seed.slug());
				insert.setString(2, seed.title());
				insert.setString(3, seed.outlet());
				insert.setString(4, new String(bytes, StandardCharsets.UTF_8));
				insert.setString(5, sha256(bytes));
				insert.setString(6, seed.file());
				insert.setString(7, seed.notes());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	static byte[] read(String file) {
		try (InputStream in = new ClassPathResource(LOCATION + file).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Seed article " + file + " is missing", ex);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
