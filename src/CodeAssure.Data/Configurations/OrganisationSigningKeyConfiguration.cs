using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodeAssure.Data.Configurations;

internal sealed class OrganisationSigningKeyConfiguration : IEntityTypeConfiguration<OrganisationSigningKey>
{
    public void Configure(EntityTypeBuilder<OrganisationSigningKey> e)
    {
        e.Property(k => k.KeyId).HasMaxLength(64);
        e.Property(k => k.Algorithm).HasMaxLength(16);
        e.Property(k => k.PublicJwk).HasMaxLength(1000);
        e.HasIndex(k => k.KeyId).IsUnique();
        e.HasIndex(k => k.OrganisationId);
        e.HasOne<Organisation>().WithMany().HasForeignKey(k => k.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
