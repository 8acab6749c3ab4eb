package org.auditio.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestAccounts;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.Role;
import org.auditio.auditions.AuditionFixtures;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.CandidateFixtures;
import org.auditio.candidates.MyApplication;
import org.auditio.candidates.MyApplications;
import org.auditio.candidates.SlotUploads;
import org.auditio.media.internal.MediaCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/** The media URL: ranges for seeking, headers that keep media private, and who may play what. */
@AuditioTest
class MediaEndpointTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    SlotUploads uploads;

    @Autowired
    MyApplications applications;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditionFixtures calls;

    @Autowired
    CandidateFixtures candidates;

    MockMvc mvc;
    AuditionFixtures.Organiser organiser;
    String owner;
    String path;
    byte[] wav;

    @BeforeEach
    void aCandidateUploadedARecording() {
        mvc = Playback.endpoint(context);
        organiser = calls.organiser();
        UUID audition = calls.open(organiser, 10);
        owner = candidates.eligibleCandidate();
        UUID application = candidates.draft(owner, audition, VoicePart.A);
        wav = MediaCorpus.bytes("tone.wav");
        path = AsUser.call(owner, Role.CANDIDATE, () -> {
            MyApplication draft = applications.get(application);
            UUID slot = draft.slots().getFirst().slotId();
            MyApplication filled = uploads.upload(application, slot, MediaCorpus.open("tone.wav"), "my range test.wav");
            UUID recording = filled.slots().getFirst().recordingId();
            return uploadsPath(recording);
        });
    }

    private String uploadsPath(UUID recording) {
        return AsUser.call(
                owner,
                Role.CANDIDATE,
                () -> context.getBean(Recordings.class)
                        .find(recording)
                        .orElseThrow()
                        .playbackPath());
    }

    @Test
    void the_whole_file_comes_with_headers_that_keep_it_private_and_unsniffed() throws Exception {
        MockHttpServletResponse response = as(owner, Role.CANDIDATE, get(path));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEqualTo(wav);
        assertThat(response.getContentType()).isEqualTo("audio/vnd.wave");
        assertThat(response.getHeader("Accept-Ranges")).isEqualTo("bytes");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("inline")
                .doesNotContain("range test");
        assertThat(response.getHeader("Cache-Control")).contains("private").contains("no-store");
    }

    @Test
    void the_first_bytes_are_answered_as_a_partial_content() throws Exception {
        MockHttpServletResponse response = as(owner, Role.CANDIDATE, get(path).header("Range", "bytes=0-9"));
        assertThat(response.getStatus()).isEqualTo(206);
        assertThat(response.getHeader("Content-Range")).isEqualTo("bytes 0-9/" + wav.length);
        assertThat(response.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(wav, 0, 10));
    }

    @Test
    void a_range_in_the_middle_is_answered_exactly() throws Exception {
        int from = wav.length / 2;
        MockHttpServletResponse response =
                as(owner, Role.CANDIDATE, get(path).header("Range", "bytes=" + from + "-" + (from + 999)));
        assertThat(response.getStatus()).isEqualTo(206);
        assertThat(response.getHeader("Content-Range"))
                .isEqualTo("bytes " + from + "-" + (from + 999) + "/" + wav.length);
        assertThat(response.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(wav, from, from + 1000));
    }

    @Test
    void a_suffix_range_gives_the_last_bytes() throws Exception {
        MockHttpServletResponse response = as(owner, Role.CANDIDATE, get(path).header("Range", "bytes=-100"));
        assertThat(response.getStatus()).isEqualTo(206);
        assertThat(response.getHeader("Content-Range"))
                .isEqualTo("bytes " + (wav.length - 100) + "-" + (wav.length - 1) + "/" + wav.length);
        assertThat(response.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(wav, wav.length - 100, wav.length));
    }

    @Test
    void an_open_range_runs_to_the_end_and_one_past_the_end_is_unsatisfiable() throws Exception {
        MockHttpServletResponse tail =
                as(owner, Role.CANDIDATE, get(path).header("Range", "bytes=" + (wav.length - 5) + "-"));
        assertThat(tail.getStatus()).isEqualTo(206);
        assertThat(tail.getContentAsByteArray()).hasSize(5);

        MockHttpServletResponse beyond =
                as(owner, Role.CANDIDATE, get(path).header("Range", "bytes=" + wav.length + "-"));
        assertThat(beyond.getStatus()).isEqualTo(416);
        assertThat(beyond.getHeader("Content-Range")).isEqualTo("bytes */" + wav.length);
        assertThat(beyond.getContentAsByteArray()).isEmpty();
    }

    @Test
    void several_ranges_are_answered_as_the_one_span_covering_them_and_garbage_is_unsatisfiable() throws Exception {
        MockHttpServletResponse several = as(owner, Role.CANDIDATE, get(path).header("Range", "bytes=10-19, 100-109"));
        assertThat(several.getStatus()).isEqualTo(206);
        assertThat(several.getHeader("Content-Range")).isEqualTo("bytes 10-109/" + wav.length);
        assertThat(several.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(wav, 10, 110));

        MockHttpServletResponse garbage = as(owner, Role.CANDIDATE, get(path).header("Range", "bytes=oops"));
        assertThat(garbage.getStatus()).isEqualTo(416);
    }

    @Test
    void the_owner_and_the_auditions_organisers_may_play_it_nobody_else() throws Exception {
        assertThat(as(owner, Role.CANDIDATE, get(path)).getStatus()).isEqualTo(200);
        assertThat(as(organiser.email(), Role.ORGANISER, get(path)).getStatus()).isEqualTo(200);

        String otherCandidate = TestAccounts.candidate(accounts, Locale.ENGLISH);
        assertNotFound(otherCandidate, Role.CANDIDATE);
        assertNotFound(calls.organiser().email(), Role.ORGANISER);
        assertNotFound(TestAccounts.ADMIN, Role.ADMIN);

        MockHttpServletResponse anonymous = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(404);
        assertThat(anonymous.getContentAsByteArray()).isEmpty();
        MockHttpServletResponse anonymousRange =
                mvc.perform(get(path).header("Range", "bytes=0-9")).andReturn().getResponse();
        assertThat(anonymousRange.getStatus()).isEqualTo(404);
    }

    @Test
    void a_head_request_gives_the_length_without_the_bytes_and_writing_methods_are_refused() throws Exception {
        MockHttpServletResponse head = as(owner, Role.CANDIDATE, head(path));
        assertThat(head.getStatus()).isEqualTo(200);
        assertThat(head.getHeader("Content-Length")).isEqualTo(String.valueOf(wav.length));
        assertThat(head.getContentAsByteArray()).isEmpty();

        MockHttpServletResponse put = as(owner, Role.CANDIDATE, put(path).content(new byte[] {1}));
        assertThat(put.getStatus()).isEqualTo(405);
        assertThat(put.getHeader("Allow")).isEqualTo("GET, HEAD");
    }

    @Test
    void an_unknown_or_guessed_id_is_not_found() throws Exception {
        assertThat(as(owner, Role.CANDIDATE, get("/media/" + "A".repeat(22))).getStatus())
                .isEqualTo(404);
        assertThat(as(owner, Role.CANDIDATE, get("/media/..%2F..%2Fetc%2Fpasswd"))
                        .getStatus())
                .isIn(400, 404);
    }

    private void assertNotFound(String email, Role role) throws Exception {
        MockHttpServletResponse response = as(email, role, get(path));
        assertThat(response.getStatus()).as(email).isEqualTo(404);
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    private MockHttpServletResponse as(String email, Role role, MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.session(Playback.loggedIn(email, role)))
                .andReturn()
                .getResponse();
    }
}
