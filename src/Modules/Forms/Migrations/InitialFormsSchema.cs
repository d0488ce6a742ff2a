using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.Forms.Data;

namespace OpenCityAomori.Modules.Forms.Migrations;

/// <summary>Definitions (fields as JSON), submissions (values as JSON), their files (bytes) and receipt counters.</summary>
[DbContext(typeof(FormsDbContext))]
[Migration("202612040100_InitialFormsSchema")]
internal sealed class InitialFormsSchema : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable("Forms_Definitions", t => new
        {
            Id = t.Column<int>(nullable: false).AutoIncrement(),
            Name = t.Column<string>(maxLength: 64, nullable: false),
            TitleJa = t.Column<string>(maxLength: 200, nullable: false),
            TitleEn = t.Column<string>(maxLength: 200, nullable: false),
            IntroJa = t.Column<string>(nullable: false),
            IntroEn = t.Column<string>(nullable: false),
            ThankYouJa = t.Column<string>(nullable: false),
            ThankYouEn = t.Column<string>(nullable: false),
            FieldsJson = t.Column<string>(nullable: false),
            ConfirmationField = t.Column<string>(maxLength: 64, nullable: true),
            NotifyEmails = t.Column<string>(maxLength: 2000, nullable: false),
            RetentionDays = t.Column<int>(nullable: false),
            IsOpen = t.Column<bool>(nullable: false),
            ReceiptPrefix = t.Column<string>(maxLength: 8, nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            ModifiedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Forms_Definitions", x => x.Id));
        mb.CreateIndex("IX_Forms_Definitions_Name", "Forms_Definitions", "Name", unique: true);

        mb.CreateTable("Forms_Submissions", t => new
        {
            Id = t.Column<long>(nullable: false).AutoIncrement(),
            FormId = t.Column<int>(nullable: false),
            FormName = t.Column<string>(maxLength: 64, nullable: false),
            ReceiptNumber = t.Column<string>(maxLength: 40, nullable: false),
            Culture = t.Column<string>(maxLength: 8, nullable: false),
            SubmittedUtc = t.Column<DateTime>(nullable: false),
            ValuesJson = t.Column<string>(nullable: false),
            SearchText = t.Column<string>(nullable: false),
            EventStatus = t.Column<int>(nullable: false),
            EventAttempts = t.Column<int>(nullable: false),
            EventError = t.Column<string>(maxLength: 2000, nullable: true),
            EventPublishedUtc = t.Column<DateTime>(nullable: true),
            EmailStatus = t.Column<int>(nullable: false),
            EmailError = t.Column<string>(maxLength: 2000, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Forms_Submissions", x => x.Id));
        mb.CreateIndex("IX_Forms_Submissions_ReceiptNumber", "Forms_Submissions", "ReceiptNumber", unique: true);
        mb.CreateIndex("IX_Forms_Submissions_SubmittedUtc", "Forms_Submissions", "SubmittedUtc");
        mb.CreateIndex("IX_Forms_Submissions_FormId_SubmittedUtc", "Forms_Submissions", ["FormId", "SubmittedUtc"]);
        mb.CreateIndex("IX_Forms_Submissions_EventStatus", "Forms_Submissions", "EventStatus");

        mb.CreateTable("Forms_Files", t => new
        {
            Id = t.Column<string>(maxLength: 32, nullable: false),
            SubmissionId = t.Column<long>(nullable: false),
            FieldName = t.Column<string>(maxLength: 64, nullable: false),
            FileName = t.Column<string>(maxLength: 200, nullable: false),
            ContentType = t.Column<string>(maxLength: 100, nullable: false),
            Length = t.Column<long>(nullable: false),
            Data = t.Column<byte[]>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Forms_Files", x => x.Id);
            t.ForeignKey("FK_Forms_Files_Forms_Submissions_SubmissionId", x => x.SubmissionId, "Forms_Submissions", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_Forms_Files_SubmissionId", "Forms_Files", "SubmissionId");

        mb.CreateTable("Forms_ReceiptCounters", t => new
        {
            Key = t.Column<string>(maxLength: 40, nullable: false),
            Value = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Forms_ReceiptCounters", x => x.Key));
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("Forms_ReceiptCounters");
        mb.DropTable("Forms_Files");
        mb.DropTable("Forms_Submissions");
        mb.DropTable("Forms_Definitions");
    }
}
