using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCityAomori.Modules.Notifications.Data;

namespace OpenCityAomori.Modules.Notifications.Migrations;

/// <summary>The e-mail outbox and the staff notifications; the status index serves the delivery poll.</summary>
[DbContext(typeof(NotificationsDbContext))]
[Migration("202612040100_InitialNotificationsSchema")]
internal sealed class InitialNotificationsSchema : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable("Notifications_Emails", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            To = t.Column<string>(maxLength: 4000, nullable: false),
            ReplyTo = t.Column<string>(maxLength: 320, nullable: true),
            Subject = t.Column<string>(maxLength: 1000, nullable: false),
            TextBody = t.Column<string>(nullable: false),
            Source = t.Column<string>(maxLength: 200, nullable: true),
            Status = t.Column<string>(maxLength: 20, nullable: false),
            Attempts = t.Column<int>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            NextAttemptUtc = t.Column<DateTime>(nullable: false),
            LastAttemptUtc = t.Column<DateTime>(nullable: true),
            SentUtc = t.Column<DateTime>(nullable: true),
            LastError = t.Column<string>(maxLength: 2000, nullable: true),
            LeaseUntilUtc = t.Column<DateTime>(nullable: true),
            LeaseOwner = t.Column<string>(maxLength: 64, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Notifications_Emails", x => x.Id));
        mb.CreateIndex("IX_Notifications_Emails_Status_NextAttemptUtc", "Notifications_Emails", ["Status", "NextAttemptUtc"]);
        mb.CreateIndex("IX_Notifications_Emails_CreatedUtc", "Notifications_Emails", "CreatedUtc");

        mb.CreateTable("Notifications_Items", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            UserId = t.Column<string>(maxLength: 100, nullable: false),
            Title = t.Column<string>(maxLength: 500, nullable: false),
            Body = t.Column<string>(maxLength: 4000, nullable: false),
            Url = t.Column<string>(maxLength: 1000, nullable: true),
            Source = t.Column<string>(maxLength: 200, nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            ReadUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Notifications_Items", x => x.Id));
        mb.CreateIndex("IX_Notifications_Items_UserId_ReadUtc_CreatedUtc", "Notifications_Items", ["UserId", "ReadUtc", "CreatedUtc"]);
        mb.CreateIndex("IX_Notifications_Items_ReadUtc", "Notifications_Items", "ReadUtc");
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("Notifications_Items");
        mb.DropTable("Notifications_Emails");
    }
}
