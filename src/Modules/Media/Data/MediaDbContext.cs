using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.Media.Models;

namespace OpenCityAomori.Modules.Media.Data;

internal sealed class MediaDbContext(DbContextOptions<MediaDbContext> options) : DbContext(options)
{
    public DbSet<MediaFile> Files => Set<MediaFile>();

    public DbSet<MediaBlob> Blobs => Set<MediaBlob>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcDateTimes();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MediaFile>(e =>
        {
            e.ToTable("Media_Assets");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(32);
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.AltJa).HasMaxLength(1000);
            e.Property(x => x.AltEn).HasMaxLength(1000);
            e.Property(x => x.UploadedById).HasMaxLength(100);
            e.Property(x => x.UploadedByName).HasMaxLength(200);
            e.HasIndex(x => x.CreatedUtc);
        });
        modelBuilder.Entity<MediaBlob>(e =>
        {
            e.ToTable("Media_Blobs");
            e.HasKey(x => x.MediaFileId);
            e.Property(x => x.MediaFileId).HasMaxLength(32);
            e.HasOne<MediaFile>().WithOne().HasForeignKey<MediaBlob>(x => x.MediaFileId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
