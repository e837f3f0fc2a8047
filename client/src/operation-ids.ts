// Generated from src/operations/*.graphql by `npm run codegen -w @cohesion/client`: do not edit.
// The test trusted-documents.test.ts fails when this file no longer matches the operations.

/** The registered id of every operation of the hub's own front end (trusted-documents/cohesion-hub.json). */
export const OPERATION_IDS = {
  AllMunicipalities: 'fad2a794a9b0d14a55952f19dde716a3b99e543622a6e3cd06e6eeba6a869889',
  CohesionLivcrMap: '5ddfd137cc3331a53200b76fc62c45e8d9413186937a4c5b3ffdc5c1ba79d50e',
  CohesionLivcrMapProvinces: '5f79b0da1cc9fd4861941b3a7bfe752e0687e7f6dd733d74e500a49441de0793',
  CrossLevelMunicipalities: '71f97ae004d669b19965960fc91c8eb95006e10c4cd05108d00a18a3626f1aea',
  DemoCellFigures: '0a7d8b2a06e9f5078fa575083a28266a9a9a66f5fcf72dfc69671d373c071e6c',
  DemoEuPartnersFigures: 'a4947ba08758eb5e266980fdd87f6bb9c8df36e84ebf439bada3edee3e196ace',
  DemoFederalFigures: 'c5f021294d5a2b822a14ac3bc721cfa423eb64277f6524f397e3c988912959c2',
  DemoFlandersFigures: '0942cf71e61e6eb03ff1a4286d013acc66e0a0ea5424f039301d4a92d8d44748',
  DemoObservations: '015fa492528b3362d8bba50809fe5b309136a3205d7e1f6ee4536ff669c2122a',
  DemoSeries: '9b2262efdc20156cbbc67353fa02e0c89ff2f703c1a27ff333689a40913a55df',
  DemoWalloniaBrusselsFigures: '6c9656cb70bc5ee6e4369d7f1515524bd2ebd1526f4807f2b70fa27549121780',
} as const;

export type OperationName = keyof typeof OPERATION_IDS;
