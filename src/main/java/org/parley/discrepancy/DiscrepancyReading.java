package org.parley.discrepancy;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;

/** One reading of a disputed fact and the articles that give it. */
@Entity
class DiscrepancyReading {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "discrepancy_id")
	private Discrepancy discrepancy;

	private String reading;

	private boolean preferred;

	@OneToMany(mappedBy = "reading")
	private List<DiscrepancySource> sources = new ArrayList<>();

	protected DiscrepancyReading() {
	}

	String getReading() {
		return this.reading;
	}

	boolean isPreferred() {
		return this.preferred;
	}

	List<DiscrepancySource> getSources() {
		return this.sources;
	}

}
