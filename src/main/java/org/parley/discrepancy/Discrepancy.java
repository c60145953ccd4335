package org.parley.discrepancy;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

/** A fact the sources disagree on, about one record, with the competing readings. */
@Entity
class Discrepancy {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	@Enumerated(EnumType.STRING)
	private DiscrepancySubject subjectType;

	private String subjectKey;

	private String question;

	private String resolution;

	@OneToMany(mappedBy = "discrepancy")
	@OrderBy("id")
	private List<DiscrepancyReading> readings = new ArrayList<>();

	@Version
	private long version;

	protected Discrepancy() {
	}

	String getSlug() {
		return this.slug;
	}

	DiscrepancySubject getSubjectType() {
		return this.subjectType;
	}

	String getSubjectKey() {
		return this.subjectKey;
	}

	String getQuestion() {
		return this.question;
	}

	String getResolution() {
		return this.resolution;
	}

	List<DiscrepancyReading> getReadings() {
		return this.readings;
	}

}
