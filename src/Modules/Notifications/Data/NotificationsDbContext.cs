using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.Notifications.Models;

namespace OpenCityAomori.Modules.Notifications.Data;

internal sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : DbContext(options)
{
    public DbSet<OutboxEmail> Emails => Set<OutboxEmail>();

    public DbSet<UserNotification> Items => Set<UserNotification>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcDateTimes();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxEmail>(e =>
        {
            e.ToTable("Notifications_Emails");
            e.HasKey(x => x.Id);
            e.Property(x => x.To).HasMaxLength(4000);
            e.Property(x => x.ReplyTo).HasMaxLength(320);
            e.Property(x => x.Subject).HasMaxLength(1000);
            e.Property(x => x.Source).HasMaxLength(200);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.LastError).HasMaxLength(2000);
            e.Property(x => x.LeaseOwner).HasMaxLength(64);
            e.Ignore(x => x.Recipients);
            e.HasIndex(x => new { x.Status, x.NextAttemptUtc });
            e.HasIndex(x => x.CreatedUtc);
        });
        modelBuilder.Entity<UserNotification>(e =>
        {
            e.ToTable("Notifications_Items");
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(100);
            e.Property(x => x.Title).HasMaxLength(500);
            e.Property(x => x.Body).HasMaxLength(4000);
            e.Property(x => x.Url).HasMaxLength(1000);
            e.Property(x => x.Source).HasMaxLength(200);
            e.HasIndex(x => new { x.UserId, x.ReadUtc, x.CreatedUtc });
            e.HasIndex(x => x.ReadUtc);
        });
    }
}
