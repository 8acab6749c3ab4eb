package org.auditio.auditions;

/** A member of the network (a resource centre, an association) or a patron such as IFCM, ECA-EC or JMI. */
public enum OrganisationKind {
    NETWORK_MEMBER,
    PATRON
}
