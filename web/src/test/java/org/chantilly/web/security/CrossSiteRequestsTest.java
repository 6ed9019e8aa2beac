package org.chantilly.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrossSiteRequestsTest {

    @Test
    void refusesWhatAnotherSitesFormCouldSend() {
        assertThat(CrossSiteRequests.forgeable("POST", "tasks/7/claim", null, null)).as("body-less").isTrue();
        assertThat(CrossSiteRequests.forgeable("POST", "/handbook/versions/3/submit", "", null)).isTrue();
        assertThat(CrossSiteRequests.forgeable("POST", "admin/staff/eva/deactivate", "text/plain;charset=UTF-8", null))
                .isTrue();
        assertThat(CrossSiteRequests.forgeable("PUT", "admin/branches/HAM", "application/x-www-form-urlencoded", null))
                .isTrue();
        assertThat(CrossSiteRequests.forgeable("DELETE", "anything", "Multipart/Form-Data; boundary=x", " ")).isTrue();
        assertThat(CrossSiteRequests.forgeable("PATCH", "anything", null, null)).isTrue();
    }

    @Test
    void takesJsonAFileTypeOrTheHeaderAndLetsReadsAndTheAnswerPagePass() {
        assertThat(CrossSiteRequests.forgeable("POST", "tasks/7/claim", "application/json", null)).isFalse();
        assertThat(CrossSiteRequests.forgeable("POST", "tasks/7/claim", "application/json; charset=UTF-8", null)).isFalse();
        assertThat(CrossSiteRequests.forgeable("POST", "complaints/HAM-2026-000001/attachments", "image/png", null))
                .isFalse();
        assertThat(CrossSiteRequests.forgeable("POST", "tasks/7/claim", null, "XMLHttpRequest")).isFalse();
        assertThat(CrossSiteRequests.forgeable("GET", "complaints", null, null)).isFalse();
        assertThat(CrossSiteRequests.forgeable("HEAD", "complaints", null, null)).isFalse();
        assertThat(CrossSiteRequests.forgeable("POST", "public/answers/abc", "application/x-www-form-urlencoded", null))
                .as("the customer's answer page: no login, a single-use token").isFalse();
        assertThat(CrossSiteRequests.forgeable("POST", "public/complaints", "text/plain", null)).isTrue();
    }
}
