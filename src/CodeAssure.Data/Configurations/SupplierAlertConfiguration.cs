using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodeAssure.Data.Configurations;

internal sealed class SupplierAlertConfiguration : IEntityTypeConfiguration<SupplierAlert>
{
    public void Configure(EntityTypeBuilder<SupplierAlert> e)
    {
        e.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        e.Property(a => a.Key).HasMaxLength(300);
        e.Property(a => a.Title).HasMaxLength(500);
        e.Property(a => a.Detail).HasMaxLength(4000);
        e.Property(a => a.Url).HasMaxLength(2000);
        e.Property(a => a.AcknowledgedBy).HasMaxLength(450);
        // A repeated read of the same feed raises nothing new: the second insert of a key fails and is skipped.
        e.HasIndex(a => new { a.SupplierId, a.Key }).IsUnique();
        e.HasIndex(a => new { a.OrganisationId, a.AcknowledgedAt });
        e.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Supplier>().WithMany().HasForeignKey(a => a.SupplierId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<SupplierProduct>().WithMany().HasForeignKey(a => a.SupplierProductId).OnDelete(DeleteBehavior.SetNull);
    }
}
