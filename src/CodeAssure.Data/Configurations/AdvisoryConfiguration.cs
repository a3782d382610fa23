using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodeAssure.Data.Configurations;

internal sealed class AdvisoryConfiguration : IEntityTypeConfiguration<Advisory>
{
    public void Configure(EntityTypeBuilder<Advisory> e)
    {
        e.Property(a => a.TrackingId).HasMaxLength(100);
        e.Property(a => a.Title).HasMaxLength(500);
        e.Property(a => a.AggregateSeverity).HasMaxLength(50);
        e.Property(a => a.Version).HasMaxLength(50);
        e.Property(a => a.ProductIds).HasMaxLength(4000);
        e.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(a => new { a.OrganisationId, a.TrackingId }).IsUnique();
        e.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
