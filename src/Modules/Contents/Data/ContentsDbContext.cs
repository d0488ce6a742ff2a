using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.Contents.Models;

namespace OpenCityAomori.Modules.Contents.Data;

internal sealed class ContentsDbContext(DbContextOptions<ContentsDbContext> options) : DbContext(options)
{
    public DbSet<ContentItem> Items => Set<ContentItem>();

    public DbSet<ContentVersion> Versions => Set<ContentVersion>();

    public DbSet<IndexingTask> IndexingTasks => Set<IndexingTask>();

    public DbSet<ExtraField> ExtraFields => Set<ExtraField>();

    public DbSet<PublicationConsentRecord> Consents => Set<PublicationConsentRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcDateTimes();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ContentItem>(e =>
        {
            e.ToTable("Contents_Items");
            e.HasKey(x => x.ContentItemId);
            e.Property(x => x.ContentItemId).HasMaxLength(100);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.Property(x => x.Culture).HasMaxLength(10);
            e.Property(x => x.TranslationGroupId).HasMaxLength(100);
            e.Property(x => x.Slug).HasMaxLength(200);
            e.Property(x => x.Title).HasMaxLength(300);
            e.Property(x => x.OwnerId).HasMaxLength(100);

            // Two nodes (or an editor and the scheduler) changing the same item: the second save fails
            // instead of silently publishing twice or overwriting the other's pointers.
            e.Property(x => x.LatestVersion).IsConcurrencyToken();
            e.Property(x => x.PublishedVersion).IsConcurrencyToken();
            e.Property(x => x.PublishAtUtc).IsConcurrencyToken();
            e.Property(x => x.ExpireAtUtc).IsConcurrencyToken();
            e.Ignore(x => x.IsPublished);
            e.Ignore(x => x.HasDraft);
            e.HasIndex(x => new { x.ContentType, x.Culture, x.Slug }).IsUnique();
            e.HasIndex(x => x.TranslationGroupId);
            e.HasIndex(x => x.PublishAtUtc);
            e.HasIndex(x => x.ExpireAtUtc);
        });

        modelBuilder.Entity<ContentVersion>(e =>
        {
            e.ToTable("Contents_Versions");
            e.HasKey(x => x.Id);
            e.Property(x => x.ContentItemId).HasMaxLength(100);
            e.Property(x => x.Title).HasMaxLength(300);
            e.Property(x => x.Slug).HasMaxLength(200);
            e.Property(x => x.AuthorId).HasMaxLength(100);
            e.HasOne<ContentItem>().WithMany().HasForeignKey(x => x.ContentItemId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.ContentItemId, x.Number }).IsUnique();
        });

        modelBuilder.Entity<IndexingTask>(e =>
        {
            e.ToTable("Contents_IndexingTasks");
            e.HasKey(x => x.Id);
            e.Property(x => x.ContentItemId).HasMaxLength(100);
        });

        modelBuilder.Entity<PublicationConsentRecord>(e =>
        {
            e.ToTable("Contents_PublicationConsents");
            e.HasKey(x => x.Id);
            e.Property(x => x.ContentItemId).HasMaxLength(100);
            e.Property(x => x.GivenBy).HasMaxLength(200);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasOne<ContentItem>().WithMany().HasForeignKey(x => x.ContentItemId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.ContentItemId, x.Version });
        });

        modelBuilder.Entity<ExtraField>(e =>
        {
            e.ToTable("Contents_TypeFields");
            e.HasKey(x => x.Id);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.LabelJa).HasMaxLength(200);
            e.Property(x => x.LabelEn).HasMaxLength(200);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => new { x.ContentType, x.Name }).IsUnique();
        });
    }
}
