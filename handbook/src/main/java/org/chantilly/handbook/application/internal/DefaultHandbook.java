package org.chantilly.handbook.application.internal;

import org.chantilly.handbook.domain.HandbookContent;

/**
 * The handbook the product ships ({@code handbook/default-handbook.json}): the first version of every installation,
 * and the texts of kinds that versions written before them lack.
 */
final class DefaultHandbook {

    static final HandbookContent CONTENT = HandbookContent.parse(HandbookBootstrap.defaultContent());

    private DefaultHandbook() {
    }
}
