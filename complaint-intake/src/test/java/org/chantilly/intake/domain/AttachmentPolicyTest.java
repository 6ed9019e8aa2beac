package org.chantilly.intake.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chantilly.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class AttachmentPolicyTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
    static final byte[] PDF = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void acceptsFilesThatAreWhatTheySay() {
        assertThatCode(() -> AttachmentPolicy.check("receipt.png", "image/png", PNG)).doesNotThrowAnyException();
        assertThatCode(() -> AttachmentPolicy.check("letter.pdf", "application/pdf", PDF)).doesNotThrowAnyException();
    }

    @Test
    void refusesContentThatIsNotTheDeclaredType() {
        assertThatThrownBy(() -> AttachmentPolicy.check("receipt.png", "image/png", PDF))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1 field");
        assertThatThrownBy(() -> AttachmentPolicy.check("x.html", "text/html", "<script>".getBytes()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aWebpIsARiffFileOfTheWebpKindNotAnyRiffFile() {
        byte[] webp = {'R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '};
        byte[] wave = {'R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'A', 'V', 'E', 'f', 'm', 't', ' '};
        assertThatCode(() -> AttachmentPolicy.check("photo.webp", "image/webp", webp)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AttachmentPolicy.check("photo.webp", "image/webp", wave))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> AttachmentPolicy.check("photo.webp", "image/webp", new byte[] {'R', 'I', 'F', 'F'}))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesPathsAndControlCharactersInNames() {
        assertThatThrownBy(() -> AttachmentPolicy.check("../etc/passwd", "image/png", PNG)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> AttachmentPolicy.check("a\nb.png", "image/png", PNG)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> AttachmentPolicy.check(null, "image/png", PNG)).isInstanceOf(InvalidInputException.class);
    }
}
