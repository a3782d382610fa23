using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodeAssure.Data.Configurations;

internal sealed class SupplierConfiguration : IEntityTypeConfiguration<Supplier>
{
    public void Configure(EntityTypeBuilder<Supplier> e)
    {
        e.Property(s => s.Name).HasMaxLength(200);
        e.Property(s => s.PortalUrl).HasMaxLength(2000);
        e.Property(s => s.Contact).HasMaxLength(500);
        e.Property(s => s.LastSyncError).HasMaxLength(1000);
        e.HasIndex(s => new { s.OrganisationId, s.Name }).IsUnique();
        e.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(s => s.Products).WithOne(p => p.Supplier).HasForeignKey(p => p.SupplierId).OnDelete(DeleteBehavior.Cascade);
    }
}
