// Diverse, real-sounding names for demo people, agencies, clients and campaigns.

export const FIRST_NAMES = [
  'Amara', 'Oliver', 'Priya', 'Mateo', 'Sofia', 'Kwame', 'Hannah', 'Jonas', 'Mei', 'Lucas', 'Aisha', 'Finn', 'Yuki', 'Gabriel',
  'Chloe', 'Ravi', 'Leonie', 'Tomás', 'Zara', 'Elias', 'Ingrid', 'Omar', 'Niamh', 'Diego', 'Freya', 'Kenji', 'Layla', 'Samuel',
  'Elena', 'Tariq', 'Isla', 'Felix', 'Noor', 'Daniel', 'Beatriz', 'Arjun', 'Maya', 'Henrik', 'Adaeze', 'Callum', 'Lina', 'Marcus',
  'Rosa', 'Hiroshi', 'Imogen', 'Kofi', 'Clara', 'Ethan', 'Fatima', 'Luca', 'Anya', 'Jamal', 'Greta', 'Rohan', 'Esme', 'Malik',
  'Julia', 'Theo', 'Sana', 'Nikolai', 'Ruth', 'Kai', 'Valentina', 'Owen', 'Lea', 'Idris', 'Saoirse', 'Andrés', 'Mira', 'Ben',
];

export const LAST_NAMES = [
  'Okafor', 'Bennett', 'Sharma', 'García', 'Rossi', 'Mensah', 'Fischer', 'Chen', 'Müller', 'Walsh', 'Haddad', 'Nakamura', 'Silva',
  'Campbell', 'Patel', 'Novak', 'Schneider', 'Adeyemi', 'Murphy', 'Kowalski', 'Tanaka', 'Hughes', 'Lindqvist', 'Mahmoud', 'Reyes',
  'Baker', 'Weber', 'Nguyen', 'O’Connor', 'Kapoor', 'Becker', 'Mwangi', 'Ahmed', 'Dubois', 'Hoffmann', 'Santos', 'Taylor', 'Kim',
  'Jensen', 'Afolabi', 'Morgan', 'Romero', 'Wagner', 'Iyer', 'Fraser', 'Lopez', 'Richter', 'Osei', 'Park', 'Andersson', 'Cohen',
  'Hall', 'Bauer', 'Mendes', 'Quinn', 'Yilmaz', 'Evans', 'Koch', 'Ibrahim', 'MacLeod', 'Vega', 'Shah', 'Wolf', 'Ellis', 'Zhou',
];

export const AGENCY_NAMES = [
  'Pixel & Pine', 'Northbound Motion', 'Loop Collective', 'Studio Kinetic', 'Fieldnotes Research', 'Bright Frame Films', 'Tessellate',
  'Paper Lantern Post', 'Quarterlight', 'Common Thread Copy', 'Halftone House', 'Open Circuit Dev', 'Moonrise Animation', 'Gridline',
];

export const CLIENTS = [
  'Northwind Outdoor', 'Fabrikam Bank', 'Contoso Health', 'Lumen Coffee Co.', 'Harbour & Vine', 'Kestrel Airlines', 'Alder Home',
  'Tidewater Foods', 'Brightline Rail', 'Orbit Fitness', 'Meridian Insurance', 'Solace Skincare', 'Quarry Beer Co.', 'Pioneer Bikes',
  'Atlas Logistics', 'Verdant Energy', 'Copperleaf Hotels', 'Nimbus Software', 'Juniper Kids', 'Marlow Publishing', 'Fernhill Dairy',
  'Saltmarsh Gin', 'Cobalt Telecom', 'Wren & Co. Jewellery', 'Helix Biotech',
];

export const CAMPAIGN_THEMES = [
  'Spring Launch', 'Summer Sale', 'Brand Refresh', 'Product Launch', 'Holiday Gifting', 'Website Redesign', 'Always-on Social',
  'Annual Report', 'Recruitment Film', 'Loyalty App', 'Store Opening', 'Sustainability Report', 'Trade Show', 'Podcast Series',
  'Investor Day', 'Back to School', 'Black Friday', 'Event Identity', 'Onboarding Videos', 'Packaging Refresh', 'Customer Stories',
  'Product Explainers', 'Autumn Collection', 'Membership Drive', 'App Store Assets', 'Anniversary Campaign',
];
