using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodeAssure.Data.Configurations;

internal sealed class SupplierProductConfiguration : IEntityTypeConfiguration<SupplierProduct>
{
    public void Configure(EntityTypeBuilder<SupplierProduct> e)
    {
        e.Property(p => p.Name).HasMaxLength(200);
        e.Property(p => p.VersionInUse).HasMaxLength(100);
        e.Property(p => p.Notes).HasMaxLength(2000);
        e.Property(p => p.SupportLevel).HasMaxLength(40);
        e.HasIndex(p => new { p.SupplierId, p.Name, p.VersionInUse }).IsUnique();
    }
}
