using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodeAssure.Data.Configurations;

internal sealed class SupplierAttestationConfiguration : IEntityTypeConfiguration<SupplierAttestation>
{
    public void Configure(EntityTypeBuilder<SupplierAttestation> e)
    {
        e.Property(a => a.Sha256).HasMaxLength(64);
        e.Property(a => a.SourceUrl).HasMaxLength(2000);
        e.Property(a => a.SubjectName).HasMaxLength(400);
        e.Property(a => a.SubjectVersion).HasMaxLength(200);
        e.Property(a => a.KeyId).HasMaxLength(200);
        e.Property(a => a.Verdict).HasMaxLength(2000);
        e.Property(a => a.ImportedBy).HasMaxLength(450);
        e.HasIndex(a => new { a.SupplierId, a.Sha256 }).IsUnique();
        e.HasOne<Supplier>().WithMany().HasForeignKey(a => a.SupplierId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<SupplierProduct>().WithMany().HasForeignKey(a => a.SupplierProductId).OnDelete(DeleteBehavior.SetNull);
    }
}
