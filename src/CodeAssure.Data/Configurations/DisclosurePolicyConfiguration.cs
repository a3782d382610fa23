using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodeAssure.Data.Configurations;

internal sealed class DisclosurePolicyConfiguration : IEntityTypeConfiguration<DisclosurePolicy>
{
    public void Configure(EntityTypeBuilder<DisclosurePolicy> e)
    {
        e.HasKey(p => p.OrganisationId);
        e.Property(p => p.Contacts).HasMaxLength(2000);
        e.Property(p => p.PolicyUrl).HasMaxLength(2000);
        e.Property(p => p.Scope).HasMaxLength(10000);
        e.Property(p => p.SafeHarbour).HasMaxLength(10000);
        e.Property(p => p.PreferredLanguages).HasMaxLength(200);
        e.Property(p => p.EncryptionUrl).HasMaxLength(2000);
        e.HasOne<Organisation>().WithOne().HasForeignKey<DisclosurePolicy>(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
