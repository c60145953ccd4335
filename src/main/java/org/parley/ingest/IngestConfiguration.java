package org.parley.ingest;

import org.parley.ingest.extraction.EnglishQuoteExtractor;
import org.parley.ingest.extraction.QuoteExtractor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The extractor, built once for the application: English news for now. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	@Bean
	QuoteExtractor quoteExtractor() {
		return new EnglishQuoteExtractor();
	}

}
