package org.auditio.media;

import java.io.IOException;
import java.util.Set;
import org.auditio.media.internal.HashVerification;
import org.auditio.media.internal.StoreSweep;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's view of the store: re-hash every stored file, sweep and report. */
@Service
public class StoreIntegrity {

    /** What a check found: files checked, files whose bytes no longer match their hash, files and rows that lost each other. */
    public record Report(
            int checkedFiles,
            Set<String> corruptFiles,
            int sweptTemporaryFiles,
            int sweptAbandonedRows,
            Set<String> filesWithoutRow,
            int rowsWithoutFile) {}

    private final HashVerification hashes;
    private final StoreSweep sweep;

    StoreIntegrity(HashVerification hashes, StoreSweep sweep) {
        this.hashes = hashes;
        this.sweep = sweep;
    }

    /** Reads every stored file once: slow on a large store, and meant to be. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Report check() throws IOException {
        HashVerification.Result verified = hashes.verify();
        StoreSweep.Report swept = sweep.sweep();
        return new Report(
                verified.checked(),
                verified.mismatches(),
                swept.temporaryFiles(),
                swept.abandonedRows(),
                swept.filesWithoutRow(),
                swept.rowsWithoutFile().size());
    }
}
