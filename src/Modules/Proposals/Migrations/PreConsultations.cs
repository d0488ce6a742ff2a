using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.Proposals.Data;

namespace OpenCityAomori.Modules.Proposals.Migrations;

/// <summary>事前相談 (pre-consultations): their own records and receipt numbers, linked to the proposal the desk made of them.</summary>
[DbContext(typeof(ProposalsDbContext))]
[Migration("202612080400_PreConsultations")]
internal sealed class PreConsultations : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable("Proposals_Consultations", t => new
        {
            Id = t.Column<long>(nullable: false).AutoIncrement(),
            ReceiptNumber = t.Column<string>(maxLength: 40, nullable: false),
            Organization = t.Column<string>(maxLength: 200, nullable: false),
            ContactName = t.Column<string>(maxLength: 100, nullable: false),
            ContactEmail = t.Column<string>(maxLength: 254, nullable: false),
            ContactPhone = t.Column<string>(maxLength: 40, nullable: false),
            Topic = t.Column<string>(maxLength: 200, nullable: false),
            Question = t.Column<string>(nullable: false),
            ConsentVersion = t.Column<string>(maxLength: 40, nullable: false),
            ConsentUtc = t.Column<DateTime>(nullable: false),
            Culture = t.Column<string>(maxLength: 8, nullable: false),
            SubmittedUtc = t.Column<DateTime>(nullable: false),
            Status = t.Column<int>(nullable: false),
            ProposalId = t.Column<long>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Proposals_Consultations", x => x.Id));
        mb.CreateIndex("IX_Proposals_Consultations_ReceiptNumber", "Proposals_Consultations", "ReceiptNumber", unique: true);
        mb.CreateIndex("IX_Proposals_Consultations_Status_SubmittedUtc", "Proposals_Consultations", ["Status", "SubmittedUtc"]);
    }

    protected override void Down(MigrationBuilder mb) => mb.DropTable("Proposals_Consultations");
}
