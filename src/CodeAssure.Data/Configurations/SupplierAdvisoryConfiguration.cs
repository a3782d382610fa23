using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodeAssure.Data.Configurations;

internal sealed class SupplierAdvisoryConfiguration : IEntityTypeConfiguration<SupplierAdvisory>
{
    public void Configure(EntityTypeBuilder<SupplierAdvisory> e)
    {
        e.Property(a => a.TrackingId).HasMaxLength(200);
        e.Property(a => a.Title).HasMaxLength(1000);
        e.Property(a => a.TrackingVersion).HasMaxLength(100);
        e.Property(a => a.Severity).HasMaxLength(20);
        e.Property(a => a.Cves).HasMaxLength(4000);
        e.Property(a => a.Url).HasMaxLength(2000);
        e.Property(a => a.AffectedProductIds).HasMaxLength(4000);
        e.HasIndex(a => new { a.SupplierId, a.TrackingId }).IsUnique();
        e.HasOne<Supplier>().WithMany().HasForeignKey(a => a.SupplierId).OnDelete(DeleteBehavior.Cascade);
    }
}
