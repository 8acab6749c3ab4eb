package org.auditio.auditions;

import java.util.UUID;

/** The fixed ids of the demo auditions, so the demo applicants of other modules find them. */
public final class DemoAuditionIds {

    public static final UUID SINGING_ROADSHOW_3 = UUID.fromString("5e3a1b3c-0000-4000-8000-000000000003");
    public static final UUID WORLD_YOUTH_CHOIR_2019 = UUID.fromString("5e3a1b3c-0000-4000-8000-000000002019");

    private DemoAuditionIds() {}
}
