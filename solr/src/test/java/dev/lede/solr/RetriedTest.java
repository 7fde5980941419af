package dev.lede.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import org.junit.jupiter.api.Test;

/** Which failures of a request to the cluster are tried again, and for how long. */
class RetriedTest {
    private static final Duration LONG = Duration.ofSeconds(30);

    @Test
    void aClusterThatCannotAnswerForAWhileIsAskedAgain() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        String answer = SolrLede.retried(LONG, () -> {
            if (tries.incrementAndGet() < 3) {
                throw new SolrServerException("connection refused");
            }
            return "done";
        });
        assertEquals("done", answer);
        assertEquals(3, tries.get());
    }

    @Test
    void aShardWithoutALeaderIsAskedAgain() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        SolrLede.retried(LONG, () -> {
            if (tries.incrementAndGet() == 1) {
                throw new SolrException(SolrException.ErrorCode.SERVICE_UNAVAILABLE, "No registered leader was found");
            }
            return null;
        });
        assertEquals(2, tries.get());
    }

    @Test
    void aRefusedRequestIsNotSentAgain() {
        AtomicInteger tries = new AtomicInteger();
        assertThrows(SolrException.class, () -> SolrLede.retried(LONG, () -> {
            tries.incrementAndGet();
            throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, "unknown field");
        }));
        assertEquals(1, tries.get());
    }

    @Test
    void aClusterThatStaysDownIsGivenUpOn() {
        AtomicInteger tries = new AtomicInteger();
        assertThrows(SolrServerException.class, () -> SolrLede.retried(Duration.ofSeconds(1), () -> {
            tries.incrementAndGet();
            throw new SolrServerException("connection refused");
        }));
        // Tried at once, then after 0.25 s and 0.5 s; a pause of 1 s more would end past the second.
        assertEquals(3, tries.get());
    }
}
