using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodeAssure.Data.Configurations;

internal sealed class SupportNoticeConfiguration : IEntityTypeConfiguration<SupportNotice>
{
    public void Configure(EntityTypeBuilder<SupportNotice> e)
    {
        e.Property(n => n.Kind).HasConversion<string>().HasMaxLength(30);
        e.Property(n => n.Text).HasMaxLength(4000);
        e.Property(n => n.PublishedBy).HasMaxLength(450);
        e.HasIndex(n => new { n.OrganisationId, n.ProductId });
        e.HasIndex(n => n.SupportPeriodId);
        e.HasOne<Organisation>().WithMany().HasForeignKey(n => n.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<SupportPeriod>().WithMany().HasForeignKey(n => n.SupportPeriodId).OnDelete(DeleteBehavior.Cascade);
    }
}
