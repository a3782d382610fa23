using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Data;

public abstract partial class CodeAssureDbContext
{
    /// <summary>Per-organisation attestation signing keys (active and retired).</summary>
    public DbSet<OrganisationSigningKey> OrganisationSigningKeys => Set<OrganisationSigningKey>();

    /// <summary>Signed self-assessment attestations.</summary>
    public DbSet<SignedAttestation> SignedAttestations => Set<SignedAttestation>();
}
