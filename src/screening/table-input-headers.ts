/**
 * How customer files name their columns, as data: for each field Ghirbal screens on, the
 * headers that mean it in English and the languages compliance files commonly come in
 * (French, German, Spanish, Portuguese, Italian, Dutch, Polish, Turkish, Russian, Ukrainian,
 * Arabic, Persian, Chinese, Japanese, Korean), written naturally: they are compared as
 * `headerKey` folds them (lower case, accents and punctuation dropped).
 *
 * `id` and `schema` are not properties: the record's own id, and what it is (person, company…).
 */
export const HEADER_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  id: [
    'id', 'identifier', 'key', 'ref', 'reference', 'record id', 'row id', 'customer id', 'client id', 'customer number', 'client number',
    'customer no', 'client no', 'account', 'account number', 'account no', 'account id', 'supplier id', 'vendor id', 'supplier number',
    'vendor number', 'party id', 'entity id', 'subject id', 'case id', 'uid', 'no', 'nr', 'num',
    'identifiant', 'reference client', 'numero client', 'code client', 'kundennummer', 'kunden nr', 'kundennr', 'referenz',
    'lieferantennummer', 'numero de cliente', 'codigo cliente', 'referencia', 'codice cliente', 'klantnummer', 'numer klienta',
    'musteri no', 'номер клиента', 'идентификатор', 'код клиента', 'رقم العميل', 'المعرف', 'شناسه', '客户编号', '编号', '顧客番号', '고객번호',
  ],
  schema: [
    'type', 'entity type', 'party type', 'customer type', 'client type', 'kind', 'category', 'legal type', 'person type', 'subject type',
    'type de personne', 'type client', 'typ', 'kundentyp', 'personentyp', 'tipo', 'tipo de persona', 'tipo cliente', 'tipo di soggetto',
    'soort', 'rodzaj', 'tur', 'тип', 'тип лица', 'вид лица', 'النوع', 'نوع', '类型', '種別', '유형',
  ],
  name: [
    'name', 'full name', 'fullname', 'names', 'customer', 'customer name', 'client', 'client name', 'party name', 'entity name',
    'subject name', 'account name', 'account holder', 'beneficiary', 'beneficiary name', 'counterparty', 'counterparty name',
    'company', 'company name', 'organisation', 'organization', 'organisation name', 'organization name', 'business name',
    'legal name', 'registered name', 'supplier', 'supplier name', 'vendor', 'vendor name', 'vessel', 'vessel name', 'ship name',
    'nom', 'nom complet', 'raison sociale', 'denomination', 'nom du client', 'societe', 'entreprise', 'vollstandiger name',
    'kundenname', 'firma', 'firmenname', 'unternehmen', 'nombre', 'nombre completo', 'razon social', 'empresa', 'nome',
    'nome completo', 'ragione sociale', 'azienda', 'naam', 'volledige naam', 'bedrijfsnaam', 'imie i nazwisko', 'nazwa', 'nazwa firmy',
    'ad soyad', 'adi soyadi', 'unvan', 'sirket', 'фио', 'полное имя', 'наименование', 'название', 'компания', 'піб', 'назва',
    'الاسم', 'اسم', 'الاسم الكامل', 'اسم العميل', 'الشركة', 'اسم الشركة', 'نام', 'نام کامل', '姓名', '名称', '公司名称', '客户名称',
    '氏名', '名前', '会社名', '이름', '성명', '회사명',
  ],
  firstName: [
    'first name', 'firstname', 'first', 'given name', 'given names', 'forename', 'forenames', 'christian name',
    'prenom', 'prenoms', 'vorname', 'vornamen', 'primer nombre', 'nombres', 'primeiro nome', 'nome proprio', 'nome di battesimo',
    'voornaam', 'voornamen', 'imię', 'adı', 'isim', 'имя', 'ім\'я', 'الاسم الأول', 'نام کوچک', '名', '名字',
  ],
  middleName: ['middle name', 'middlename', 'middle names', 'middle', 'second name', 'deuxieme prenom', 'zweiter vorname', 'segundo nombre', 'drugie imie'],
  lastName: [
    'last name', 'lastname', 'surname', 'family name', 'last', 'nom de famille', 'nachname', 'familienname', 'zuname', 'apellido',
    'apellidos', 'primer apellido', 'sobrenome', 'apelido', 'cognome', 'achternaam', 'familienaam', 'nazwisko', 'soyad', 'soyadi',
    'фамилия', 'прізвище', 'اسم العائلة', 'اللقب', 'نام خانوادگی', '姓', '姓氏', '성',
  ],
  fatherName: ['father name', 'fathers name', 'patronymic', 'patronym', 'отчество', 'по батькові', 'اسم الأب', 'اسم الاب', 'نام پدر'],
  alias: ['alias', 'aliases', 'aka', 'also known as', 'other names', 'other name', 'trading name', 'trade name', 'dba', 'nom commercial', 'alias name', 'псевдоним', 'الاسم المستعار'],
  birthDate: [
    'birth date', 'birthdate', 'date of birth', 'dob', 'd o b', 'born', 'birthday', 'birth year', 'year of birth',
    'date de naissance', 'ne le', 'naissance', 'geburtsdatum', 'geboren', 'geburtsjahr', 'fecha de nacimiento', 'f nacimiento',
    'data de nascimento', 'data di nascita', 'geboortedatum', 'data urodzenia', 'dogum tarihi', 'дата рождения', 'год рождения',
    'дата народження', 'تاريخ الميلاد', 'تاريخ الولادة', 'تاریخ تولد', '出生日期', '生日', '生年月日', '생년월일',
  ],
  birthPlace: ['birth place', 'birthplace', 'place of birth', 'lieu de naissance', 'geburtsort', 'lugar de nacimiento', 'local de nascimento', 'luogo di nascita', 'geboorteplaats', 'место рождения', 'مكان الميلاد', '出生地'],
  birthCountry: ['country of birth', 'birth country', 'pays de naissance', 'geburtsland', 'pais de nacimiento', 'paese di nascita', 'geboorteland', 'страна рождения', 'بلد الميلاد'],
  nationality: [
    'nationality', 'nationalities', 'citizenship', 'citizen of', 'nationalite', 'staatsangehorigkeit', 'staatsburgerschaft',
    'nationalitat', 'nacionalidad', 'nacionalidade', 'cidadania', 'nazionalita', 'cittadinanza', 'nationaliteit', 'obywatelstwo',
    'narodowosc', 'uyruk', 'uyrugu', 'гражданство', 'национальность', 'громадянство', 'الجنسية', 'ملیت', '国籍', '국적',
  ],
  country: [
    'country', 'country code', 'country of residence', 'residence country', 'residence', 'country of incorporation',
    'country of registration', 'registered country', 'domicile', 'address country', 'pays', 'pays de residence', 'land',
    'wohnsitzland', 'sitz', 'pais', 'pais de residencia', 'paese', 'stato', 'kraj', 'ulke', 'страна', 'країна', 'البلد', 'الدولة',
    'بلد', 'کشور', '国家', '国', '국가',
  ],
  jurisdiction: ['jurisdiction', 'jurisdiction of incorporation', 'incorporation country', 'juridiction', 'rechtsordnung', 'jurisdiccion'],
  gender: ['gender', 'sex', 'sexe', 'genre', 'geschlecht', 'sexo', 'genero', 'sesso', 'geslacht', 'plec', 'cinsiyet', 'пол', 'стать', 'الجنس', 'جنسیت', '性别', '性別', '성별'],
  idNumber: [
    'id number', 'id no', 'national id', 'national id number', 'identity number', 'identity card', 'id card', 'national identity number',
    'personal id', 'personal number', 'document number', 'numero d identite', 'carte d identite', 'personalausweisnummer',
    'ausweisnummer', 'dni', 'nie', 'cedula', 'documento de identidad', 'numero de identificacion', 'cpf', 'codice fiscale', 'bsn',
    'pesel', 'tc kimlik no', 'kimlik no', 'رقم الهوية', 'الرقم الوطني', 'کد ملی', '身份证号', '身份证号码',
  ],
  passportNumber: ['passport', 'passport number', 'passport no', 'numero de passeport', 'passeport', 'reisepassnummer', 'passnummer', 'pasaporte', 'numero de pasaporte', 'passaporte', 'passaporto', 'paspoortnummer', 'numer paszportu', 'pasaport no', 'номер паспорта', 'паспорт', 'رقم الجواز', 'رقم جواز السفر', 'شماره گذرنامه', '护照号', '护照号码'],
  registrationNumber: [
    'registration number', 'registration no', 'company number', 'company registration number', 'company no', 'crn', 'registry number',
    'register number', 'incorporation number', 'business registration number', 'siren', 'siret', 'rcs', 'handelsregisternummer',
    'registernummer', 'hrb', 'numero de registro', 'cnpj', 'kvk', 'kvk nummer', 'krs', 'огрн', 'رقم السجل التجاري', '注册号', '统一社会信用代码',
  ],
  taxNumber: ['tax id', 'tax number', 'tax no', 'tin', 'vat', 'vat number', 'vat no', 'ein', 'numero fiscal', 'numero de tva', 'steuernummer', 'ust id', 'nif', 'rfc', 'partita iva', 'btw nummer', 'nip', 'vergi no', 'الرقم الضريبي', '税号'],
  innCode: ['inn', 'инн'],
  imoNumber: ['imo', 'imo number', 'imo no', 'vessel imo', 'ship imo'],
  leiCode: ['lei', 'lei code', 'legal entity identifier'],
};

/** What a type column's values say the record is (compared as `headerKey` folds them). */
export const SCHEMA_WORDS: Readonly<Record<string, string>> = Object.fromEntries([
  ...['person', 'individual', 'individuals', 'natural person', 'private', 'private person', 'private individual', 'human', 'p', 'i', 'ind',
    'personne', 'personne physique', 'particulier', 'natürliche person', 'privatperson', 'persona', 'persona fisica',
    'pessoa fisica', 'física', 'physique', 'natuurlijk persoon', 'osoba fizyczna', 'gercek kisi', 'физическое лицо', 'физ лицо', 'фл', 'فرد', 'شخص', 'شخص طبيعي',
    'شخص حقیقی', '个人', '自然人', '個人', '개인'].map((w) => [w, 'Person']),
  ...['company', 'companies', 'business', 'corporate', 'corporation', 'firm', 'legal person', 'c', 'co', 'corp', 'societe', 'entreprise',
    'personne morale', 'unternehmen', 'firma', 'juristische person', 'gesellschaft', 'empresa', 'sociedad', 'persona juridica',
    'pessoa juridica', 'jurídica', 'morale', 'societa', 'azienda', 'bedrijf', 'rechtspersoon', 'spolka', 'osoba prawna', 'sirket', 'tuzel kisi',
    'юридическое лицо', 'юр лицо', 'юл', 'компания', 'организация', 'شركة', 'شخص اعتباري', 'شرکت', 'شخص حقوقی', '公司', '企业', '法人',
    '会社', '회사', '법인'].map((w) => [w, 'Company']),
  ...['organization', 'organisation', 'org', 'entity', 'legal entity', 'ngo', 'association', 'foundation', 'non profit', 'charity',
    'organizacion', 'organizzazione', 'verein', 'stiftung', 'منظمة', 'مؤسسة', '组织', '机构'].map((w) => [w, 'Organization']),
  ...['vessel', 'ship', 'boat', 'tanker', 'navire', 'schiff', 'buque', 'barco', 'navio', 'nave', 'schip', 'statek', 'gemi', 'судно',
    'سفينة', 'کشتی', '船舶', '船'].map((w) => [w, 'Vessel']),
  ...['aircraft', 'airplane', 'aeroplane', 'plane', 'avion', 'aéronef', 'flugzeug', 'aeronave', 'aereo', 'vliegtuig',
    'samolot', 'ucak', 'самолет', 'воздушное судно', 'طائرة', 'هواپیما', '飞机', '航空器'].map((w) => [w, 'Airplane']),
]);
