using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.Contents.Models;

namespace OpenCityAomori.Modules.Contents.Data;

internal sealed class ContentsDbContext(DbContextOptions<ContentsDbContext> options) : DbContext(options)
{
    public DbSet<Page> Pages => Set<Page>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcDateTimes();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Page>(e =>
        {
            e.ToTable("Contents_Pages");
            e.HasKey(x => x.Id);
            e.Property(x => x.Slug).HasMaxLength(200);
            e.Property(x => x.Culture).HasMaxLength(10);
            e.Property(x => x.Title).HasMaxLength(300);
            e.Property(x => x.Summary).HasMaxLength(500);
            e.Property(x => x.OwnerId).HasMaxLength(100);
            e.HasIndex(x => new { x.Slug, x.Culture }).IsUnique();
        });
}
