using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodeAssure.Data.Configurations;

internal sealed class FindingOverdueNoticeConfiguration : IEntityTypeConfiguration<FindingOverdueNotice>
{
    public void Configure(EntityTypeBuilder<FindingOverdueNotice> e)
    {
        e.ToTable("FindingOverdueNotices");
        // One row per finding: the key itself makes a second notice for the same finding impossible.
        e.HasKey(n => n.FindingId);
        e.HasIndex(n => n.OrganisationId);
        e.HasOne<VulnerabilityFinding>().WithOne().HasForeignKey<FindingOverdueNotice>(n => n.FindingId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Organisation>().WithMany().HasForeignKey(n => n.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
