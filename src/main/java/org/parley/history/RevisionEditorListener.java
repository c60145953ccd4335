package org.parley.history;

import org.hibernate.envers.RevisionListener;

/** Records who made a revision: the id of the API key of the current request, if any. */
public class RevisionEditorListener implements RevisionListener {

	@Override
	public void newRevision(Object revisionEntity) {
		((Revision) revisionEntity).setApiKeyId(Editors.currentKeyId());
	}

}
