using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodeAssure.Data.Configurations;

internal sealed class ReleaseSbomConfiguration : IEntityTypeConfiguration<ReleaseSbom>
{
    public void Configure(EntityTypeBuilder<ReleaseSbom> e)
    {
        e.ToTable("ReleaseSboms");
        e.Property(s => s.Format).HasMaxLength(40);
        e.Property(s => s.MediaType).HasMaxLength(100);
        e.Property(s => s.Sha256).HasMaxLength(64);
        e.Property(s => s.UploadedBy).HasMaxLength(450);
        e.HasIndex(s => s.ReleaseId).IsUnique();
        e.HasIndex(s => new { s.OrganisationId, s.Sha256 });
        e.HasOne<Release>().WithMany().HasForeignKey(s => s.ReleaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
