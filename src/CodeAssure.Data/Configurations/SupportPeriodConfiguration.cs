using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodeAssure.Data.Configurations;

internal sealed class SupportPeriodConfiguration : IEntityTypeConfiguration<SupportPeriod>
{
    public void Configure(EntityTypeBuilder<SupportPeriod> e)
    {
        e.Property(p => p.Versions).HasMaxLength(100);
        e.Property(p => p.Level).HasConversion<string>().HasMaxLength(30);
        e.Property(p => p.ShortNoticeJustification).HasMaxLength(2000);
        e.HasIndex(p => new { p.OrganisationId, p.ProductId });
        e.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Product>().WithMany().HasForeignKey(p => p.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}
